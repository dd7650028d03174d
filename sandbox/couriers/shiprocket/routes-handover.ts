import type { Router } from "../../http";
import { istStamp } from "./lifecycle";
import { bad, type ShiprocketModule } from "./module";
import type { SrShipment } from "./store";

// The handover of booked shipments: courier/generate/pickup, courier/generate/label and
// manifests/generate, each taking a list of shipment ids that all have a live AWB.

export function mountHandoverRoutes(router: Router, m: ShiprocketModule): void {
  const { base, store } = m;
  const origin = (host: string | undefined) => `http://${host ?? "127.0.0.1"}`;
  const shipmentsOf = (ids: unknown): SrShipment[] | null => {
    if (!Array.isArray(ids) || ids.length === 0) return null;
    const found = ids.map((id) => store.shipment(Number(id)));
    return found.every((s): s is SrShipment => !!s && !!s.awb && !s.cancelled) ? found : null;
  };

  router
    .on("POST", `${base}/courier/generate/pickup`, (req) =>
      m.authed(req, async () => {
        const list = shipmentsOf(req.json<{ shipment_id?: unknown }>().shipment_id);
        if (!list) return bad("Invalid shipment id");
        for (const s of list) {
          s.pickupRequested = true;
          if (s.code === 1) await m.record(s, 3);
        }
        const date = istStamp(new Date(Date.now() + 86_400_000)).slice(0, 10);
        return {
          body: {
            pickup_status: 1,
            response: {
              pickup_scheduled_date: `${date} 12:00:00`,
              pickup_token_number: `Reference No: ${list[0]!.shipmentId}_SANDBOX_${date.replace(/-/g, "")}`,
              status: 3,
              pickup_generated_date: {
                date: istStamp(),
                timezone_type: 3,
                timezone: "Asia/Kolkata",
              },
              data: `Pickup is confirmed by ${list[0]!.courierName} For AWB :- ${list.map((s) => s.awb).join(", ")}`,
            },
          },
        };
      }),
    )
    .on("POST", `${base}/courier/generate/label`, (req) =>
      m.authed(req, () => {
        const list = shipmentsOf(req.json<{ shipment_id?: unknown }>().shipment_id);
        if (!list)
          return {
            body: {
              label_created: 0,
              not_created: [],
              response: "No valid shipment ids to print label",
            },
          };
        const ids = list.map((s) => s.shipmentId).join("-");
        return {
          body: {
            label_created: 1,
            label_url: `${origin(req.headers.host)}/shiprocket/files/labels/${ids}.pdf`,
            response: "Label has been created and uploaded successfully!",
            not_created: [],
          },
        };
      }),
    )
    .on("POST", `${base}/manifests/generate`, (req) =>
      m.authed(req, () => {
        const list = shipmentsOf(req.json<{ shipment_id?: unknown }>().shipment_id);
        if (!list || list.some((s) => !s.pickupRequested))
          return bad("AWB must be assigned and pickup requested to generate manifest.");
        const done = list.filter((s) => s.manifested);
        if (done.length)
          return {
            status: 400,
            body: {
              message:
                "Manifest already generated for some shipment_ids, Please try again after removin them",
              status_code: 400,
              already_manifested_shipment_ids: done.map((s) => s.shipmentId),
            },
          };
        list.forEach((s) => (s.manifested = true));
        return {
          body: {
            status: 1,
            manifest_url: `${origin(req.headers.host)}/shiprocket/files/manifests/MANIFEST-${list.map((s) => s.shipmentId).join("-")}.pdf`,
          },
        };
      }),
    );
}
