import type { Router } from "../../http";
import { renderLabelPdf, renderManifestPdf } from "../shared/pdf";
import type { ShiprocketModule } from "./module";
import type { SrShipment } from "./store";

// The label and manifest PDFs behind the URLs that generate/label and manifests/generate return.
export function mountFileRoutes(router: Router, m: ShiprocketModule): void {
  const { store } = m;
  router
    .on("GET", "/shiprocket/files/labels/:file", async (req) => {
      const ids = (req.params.file ?? "")
        .replace(/\.pdf$/, "")
        .split("-")
        .map(Number);
      const list = ids.map((id) => store.shipment(id)).filter((s): s is SrShipment => !!s?.awb);
      if (!list.length) return { status: 404, body: { message: "No such label" } };
      return {
        body: await renderLabelPdf(
          list.map((s) => ({
            courier: `Shiprocket · ${s.courierName}`,
            awb: s.awb!,
            lines: [
              `Order ${s.channelOrderId}`,
              `To: ${String(s.body.billing_customer_name ?? s.body.shipping_customer_name)}`,
              `${String(s.body.billing_address ?? s.body.shipping_address)}`,
              `${String(s.body.billing_city ?? s.body.shipping_city)} ${String(s.body.billing_pincode ?? s.body.shipping_pincode)}`,
              `Weight ${String(s.body.weight)} kg · ${String(s.body.payment_method)}`,
            ],
          })),
        ),
      };
    })
    .on("GET", "/shiprocket/files/manifests/:file", async (req) => {
      const name = (req.params.file ?? "").replace(/\.pdf$/, "");
      const list = name
        .replace(/^MANIFEST-/, "")
        .split("-")
        .map((id) => store.shipment(Number(id)))
        .filter((s): s is SrShipment => !!s?.awb);
      if (!list.length) return { status: 404, body: { message: "No such manifest" } };
      return {
        body: await renderManifestPdf({
          courier: "Shiprocket",
          manifestId: name,
          rows: list.map((s) => ({
            awb: s.awb!,
            reference: s.channelOrderId,
            destination: String(s.body.billing_city ?? s.body.shipping_city ?? ""),
          })),
        }),
      };
    });
}
