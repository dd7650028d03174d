import type { Router } from "../../http";
import { pickupScheduled } from "./answers-orders";
import { istStamp } from "./journey";
import { bad, type ShiprocketModule } from "./module";
import {
  asPublished,
  invoice,
  invoiceNotCreated,
  label,
  labelNotCreated,
  labelWrongFormat,
  manifest,
  manifestAlreadyGenerated,
  manifestEmpty,
  manifestPrint,
  manifestPrintEmpty,
  pickupInvalid,
  wrongFormat,
} from "./published";
import type { SrShipment } from "./store";

// courier/generate/pickup, courier/generate/label, manifests/generate, manifests/print and
// orders/print/invoice. Shapes: ./published.ts; the 400 for a manifest before its pickup is
// requested is the docs' stated rule, its wording not published.

export function mountHandoverRoutes(router: Router, m: ShiprocketModule): void {
  const { base, store } = m;
  const files = (host: string | undefined) => `http://${host ?? "127.0.0.1"}/shiprocket/files`;
  const live = (found: (SrShipment | null)[]): SrShipment[] | null =>
    found.length > 0 && found.every((s) => !!s?.awb && !s.cancelled)
      ? (found as SrShipment[])
      : null;
  const byShipmentIds = (ids: unknown[]) => live(ids.map((id) => store.shipment(Number(id))));
  const byOrderIds = (ids: unknown[]) =>
    live(ids.map((id) => store.all().find((s) => s.orderId === Number(id)) ?? null));
  const idsOf = (list: SrShipment[]) => list.map((s) => s.shipmentId).join("-");

  router
    .on("POST", `${base}/courier/generate/pickup`, (req) =>
      m.authed(req, async () => {
        const ids = req.json<{ shipment_id?: unknown }>().shipment_id;
        const list = Array.isArray(ids) ? byShipmentIds(ids) : null;
        if (!list) return asPublished(pickupInvalid);
        const date = `${istStamp(new Date(Date.now() + 86_400_000)).slice(0, 10)} 12:00:00`;
        for (const s of list) {
          s.pickupRequested = true;
          s.pickupScheduledDate = date;
          if (s.code === 1) await m.record(s, 3);
        }
        return { body: pickupScheduled(list, date) };
      }),
    )
    .on("POST", `${base}/courier/generate/label`, (req) =>
      m.authed(req, () => {
        const ids = req.json<{ shipment_id?: unknown }>().shipment_id;
        if (!Array.isArray(ids)) return asPublished(labelWrongFormat);
        const list = byShipmentIds(ids);
        if (!list) return asPublished(labelNotCreated);
        const url = `${files(req.headers.host)}/labels/${idsOf(list)}.pdf`;
        return { body: { ...label.body, label_url: url, not_created: [] } };
      }),
    )
    .on("POST", `${base}/manifests/generate`, (req) =>
      m.authed(req, () => {
        const ids = req.json<{ shipment_id?: unknown }>().shipment_id;
        const list = Array.isArray(ids) ? byShipmentIds(ids) : null;
        if (!list) return asPublished(manifestEmpty);
        if (list.some((s) => !s.pickupRequested))
          return bad("AWB must be assigned and pickup requested to generate manifest.");
        const done = list.filter((s) => s.manifested);
        if (done.length)
          return {
            status: manifestAlreadyGenerated.status,
            body: {
              ...manifestAlreadyGenerated.body,
              already_manifested_shipment_ids: done.map((s) => s.shipmentId),
            },
          };
        list.forEach((s) => (s.manifested = true));
        const url = `${files(req.headers.host)}/manifests/MANIFEST-${idsOf(list)}.pdf`;
        return { body: { ...manifest.body, manifest_url: url } };
      }),
    )
    // Prints a manifest already generated, by Shiprocket order ids.
    .on("POST", `${base}/manifests/print`, (req) =>
      m.authed(req, () => {
        const ids = req.json<{ order_ids?: unknown }>().order_ids;
        if (!Array.isArray(ids)) return asPublished(wrongFormat);
        const list = byOrderIds(ids);
        if (!list || list.some((s) => !s.manifested)) return asPublished(manifestPrintEmpty);
        const url = `${files(req.headers.host)}/manifests/MANIFEST-${idsOf(list)}.pdf`;
        return { body: { ...manifestPrint.body, manifest_url: url } };
      }),
    )
    .on("POST", `${base}/orders/print/invoice`, (req) =>
      m.authed(req, () => {
        const ids = req.json<{ ids?: unknown }>().ids;
        if (!Array.isArray(ids)) return asPublished(wrongFormat);
        const list = byOrderIds(ids);
        if (!list) return asPublished(invoiceNotCreated);
        const url = `${files(req.headers.host)}/invoices/${idsOf(list)}.pdf`;
        return { body: { ...invoice.body, invoice_url: url, not_created: [] } };
      }),
    );
}
