import type { Router } from "../../http";
import { refusalFor } from "../../refusals";
import { addScan, openParcel } from "./lifecycle";
import { ack, ackList, createAnswer, ekartError, ekartInvalid } from "./payloads";
import { renderPdf } from "./pdf";
import { guard } from "./route-guard";
import { EKART_UNSERVICEABLE } from "./routes";
import { current, ekartState, newChannelId, nextIds } from "./state";

const REQUIRED = [
  "seller_name",
  "seller_address",
  "seller_gst_tin",
  "order_number",
  "invoice_number",
  "invoice_date",
  "consignee_name",
  "consignee_alternate_phone",
  "payment_mode",
  "products_desc",
  "total_amount",
  "taxable_amount",
  "weight",
  "drop_location",
  "pickup_location",
];
const GSTIN = /^\d{2}[A-Z]{5}\d{4}[A-Z][1-9A-Z]Z[0-9A-Z]$/;

type Body = Record<string, unknown> & {
  drop_location?: { pin?: number };
  pickup_location?: { pin?: number };
};

function createProblem(body: Body): string | null {
  const missing = REQUIRED.filter((k) => body[k] === undefined || body[k] === "");
  if (missing.length) return `Missing required fields: ${missing.join(", ")}`;
  if (!GSTIN.test(String(body.seller_gst_tin))) return "seller_gst_tin is not a valid GSTIN";
  if (!["COD", "Prepaid", "Pickup"].includes(String(body.payment_mode)))
    return "payment_mode must be COD, Prepaid or Pickup";
  if (body.payment_mode === "Pickup" && !body.return_reason)
    return "return_reason is required for Pickup shipments";
  if (Number(body.cod_amount) > 49_999 || Number(body.cod_amount) < 0)
    return "cod_amount must be within [0..49999]";
  if (!(Number(body.weight) >= 1)) return "weight must be >= 1";
  if (String(body.consignee_alternate_phone).length < 10)
    return "consignee_alternate_phone must be >= 10 characters";
  const drop = String(body.drop_location?.pin ?? "");
  if (EKART_UNSERVICEABLE.has(drop)) return `Pincode ${drop} is not serviceable`;
  return refusalFor("ekart", { pincode: drop, reference: String(body.order_number ?? "") });
}

export function mountEkartShipmentRoutes(router: Router): void {
  router
    .on(
      "PUT",
      "/ekart/api/v1/package/create",
      guard(async (req) => {
        const body = req.json<Body>();
        const problem = createProblem(body);
        if (problem) return ekartInvalid(problem);
        const order = String(body.order_number);
        if (ekartState.byOrder.has(order))
          return { body: ack(false, `Order number ${order} already exists`, "") };
        const parcel = await openParcel(
          {
            ...nextIds(),
            orderNumber: order,
            channelId: newChannelId(),
            paymentMode: String(body.payment_mode),
            dropPincode: String(body.drop_location?.pin ?? ""),
            weightGrams: Number(body.weight),
            createdAt: new Date(),
            dispatchDate: (body.preferred_dispatch_date as string) ?? null,
            recreatedFrom: null,
          },
          "Shipment created",
        );
        return { body: createAnswer(parcel) };
      }),
    )
    .on(
      "DELETE",
      "/ekart/api/v1/package/cancel",
      guard(async (req) => {
        const id = req.query.get("tracking_id") ?? "";
        const parcel = ekartState.shipments.get(id);
        if (!parcel) return ekartError(404, "NOT_FOUND", `No shipment with tracking id ${id}`);
        if (
          !["Order Placed", "Pickup Scheduled", "Pickup Pending"].includes(current(parcel).status)
        )
          return { body: ackList([ack(false, "Shipment cannot be cancelled after pickup", id)]) };
        await addScan(parcel, "Cancelled", { desc: "Cancelled by seller" });
        return { body: ackList([ack(true, "Shipment cancelled", id)]) };
      }),
    )
    .on(
      "POST",
      "/ekart/api/v1/package/label",
      guard(async (req) => {
        const ids = req.json<{ ids?: string[] }>().ids ?? [];
        const unknown = ids.filter((id) => !ekartState.shipments.has(id));
        if (!ids.length || ids.length > 100 || unknown.length)
          return ekartInvalid(`Invalid ids: ${unknown.join(", ") || "1..100 ids required"}`);
        if (req.query.get("json_only") === "true")
          return { body: { data: ids.map((id) => ({ id, label: `LABEL:${id}` })) } };
        const lines = ids.flatMap((id) => {
          const p = ekartState.shipments.get(id)!;
          return [
            `Tracking id: ${id}`,
            `Waybill: ${p.wbn}`,
            `Order: ${p.orderNumber}`,
            `Mode: ${p.paymentMode}`,
            "",
          ];
        });
        return { body: await renderPdf("Ekart shipping label", lines) };
      }),
    );
}
