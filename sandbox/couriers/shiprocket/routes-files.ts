import type { Router } from "../../http";
import { renderLabelPdf, renderManifestPdf } from "../shared/pdf";
import { invoiceNoOf } from "./answers-orders";
import type { ShiprocketModule } from "./module";
import type { SrShipment } from "./store";

// The label, manifest and invoice PDFs behind the URLs that generate/label, manifests/generate
// (and manifests/print) and orders/print/invoice return.
export function mountFileRoutes(router: Router, m: ShiprocketModule): void {
  const { store } = m;
  const shipmentsIn = (file: string | undefined) =>
    (file ?? "")
      .replace(/\.pdf$/, "")
      .split("-")
      .map((id) => store.shipment(Number(id)))
      .filter((s): s is SrShipment => !!s?.awb);
  router
    .on("GET", "/shiprocket/files/labels/:file", async (req) => {
      const list = shipmentsIn(req.params.file);
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
      const list = shipmentsIn(name.replace(/^MANIFEST-/, ""));
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
    })
    // One page per order: the invoice number, the items and the total, with the AWB's barcode.
    .on("GET", "/shiprocket/files/invoices/:file", async (req) => {
      const list = shipmentsIn(req.params.file);
      if (!list.length) return { status: 404, body: { message: "No such invoice" } };
      return {
        body: await renderLabelPdf(
          list.map((s) => ({
            courier: "Shiprocket tax invoice",
            awb: s.awb!,
            lines: [
              `Invoice ${invoiceNoOf(s)} · order ${s.channelOrderId}`,
              ...((s.body.order_items ?? []) as Record<string, unknown>[]).map(
                (item) =>
                  `${String(item.units)} x ${String(item.name)} @ Rs ${String(item.selling_price)}`,
              ),
              `Total Rs ${String(s.body.sub_total)} · ${String(s.body.payment_method)}`,
            ],
          })),
        ),
      };
    });
}
