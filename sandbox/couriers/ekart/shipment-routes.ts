import type { Handler, Router } from "../../http";
import { renderPdf } from "./pdf";
import { authorise, ekartError, EKART_UNSERVICEABLE } from "./routes";
import { addScan, current, ekartState, nextIds } from "./state";

const guard =
  (handler: Handler): Handler =>
  (req) =>
    authorise(req) ?? handler(req);
const ack = (status: boolean, remark: string, trackingId: string) => ({
  status,
  remark,
  tracking_id: trackingId,
});
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
  return null;
}

export function mountEkartShipmentRoutes(router: Router): void {
  router
    .on(
      "PUT",
      "/ekart/api/v1/package/create",
      guard(async (req) => {
        const body = req.json<Body>();
        const problem = createProblem(body);
        if (problem) return ekartError(400, "BAD_REQUEST", problem);
        const order = String(body.order_number);
        if (ekartState.byOrder.has(order))
          return { body: ack(false, `Order number ${order} already exists`, "") };
        const { trackingId, wbn } = nextIds();
        const parcel = {
          trackingId,
          wbn,
          orderNumber: order,
          paymentMode: String(body.payment_mode),
          dispatchDate: (body.preferred_dispatch_date as string) ?? null,
          scans: [],
          pickupTime: null,
        };
        ekartState.shipments.set(trackingId, parcel);
        ekartState.byOrder.set(order, trackingId);
        await addScan(parcel, "Order Placed", { desc: "Shipment created", location: "" });
        return {
          body: {
            status: true,
            remark: "Successfully created shipment",
            tracking_id: trackingId,
            vendor: "EKART",
            barcodes: { wbn, order },
          },
        };
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
          return { body: { data: [ack(false, "Shipment cannot be cancelled after pickup", id)] } };
        await addScan(parcel, "Cancelled", { desc: "Cancelled by seller" });
        return { body: { data: [ack(true, "Shipment cancelled", id)] } };
      }),
    )
    .on(
      "POST",
      "/ekart/api/v1/package/label",
      guard(async (req) => {
        const ids = req.json<{ ids?: string[] }>().ids ?? [];
        const unknown = ids.filter((id) => !ekartState.shipments.has(id));
        if (!ids.length || ids.length > 100 || unknown.length)
          return ekartError(
            400,
            "BAD_REQUEST",
            `Invalid ids: ${unknown.join(", ") || "1..100 ids required"}`,
          );
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
    )
    .on(
      "POST",
      "/ekart/data/v2/generate/manifest",
      guard((req) => {
        const ids = req.json<{ ids?: string[] }>().ids ?? [];
        if (!ids.length || ids.length > 100 || ids.some((id) => !ekartState.shipments.has(id)))
          return ekartError(400, "BAD_REQUEST", "1..100 known ids required");
        const manifestNumber = 7_000_000 + ekartState.manifests.size + 1;
        ekartState.manifests.set(manifestNumber, ids);
        return {
          body: {
            ctime: Date.now(),
            manifestNumber,
            manifestDownloadUrl: `http://${req.headers.host}/ekart/_files/manifest/${manifestNumber}.pdf`,
          },
        };
      }),
    )
    .on(
      "POST",
      "/ekart/data/shipment/dispatch-date",
      guard(async (req) => {
        const { ids = [], dispatchDate } = req.json<{ ids?: string[]; dispatchDate?: string }>();
        if (!dispatchDate || !/^\d{4}-\d{2}-\d{2}$/.test(dispatchDate))
          return ekartError(400, "BAD_REQUEST", "dispatchDate must be YYYY-MM-DD");
        const data = [];
        for (const id of ids) {
          const parcel = ekartState.shipments.get(id);
          if (!parcel) {
            data.push(ack(false, "Unknown tracking id", id));
            continue;
          }
          parcel.dispatchDate = dispatchDate;
          if (current(parcel).status === "Order Placed")
            await addScan(parcel, "Pickup Scheduled", { desc: `Pickup on ${dispatchDate}` });
          data.push(ack(true, `Dispatch date set to ${dispatchDate}`, id));
        }
        return { body: { data } };
      }),
    )
    .on(
      "POST",
      "/ekart/api/v2/package/ndr",
      guard(async (req) => {
        const body = req.json<{ action?: string; wbn?: string; date?: number; phone?: string }>();
        const parcel = ekartState.shipments.get(body.wbn ?? "");
        if (!parcel) return ekartError(404, "NOT_FOUND", `No shipment ${body.wbn}`);
        if (current(parcel).status !== "Undelivered")
          return {
            body: ack(
              false,
              "NDR action allowed only for undelivered shipments",
              parcel.trackingId,
            ),
          };
        if (body.action === "RTO") {
          await addScan(parcel, "RTO Requested", { desc: "RTO requested by seller" });
          return { body: ack(true, "RTO submitted", parcel.trackingId) };
        }
        const now = Date.now();
        if (
          body.action !== "Re-Attempt" ||
          typeof body.date !== "number" ||
          body.date > now + 8 * 86_400_000 ||
          body.date < now - 86_400_000
        )
          return ekartError(400, "BAD_REQUEST", "Re-Attempt needs a date within seven days");
        if (body.phone !== undefined && !/^\d{10}$/.test(body.phone))
          return ekartError(400, "BAD_REQUEST", "phone must be 10 digits");
        return { body: ack(true, "Re-attempt submitted", parcel.trackingId) };
      }),
    )
    .on(
      "GET",
      "/ekart/api/v2/serviceability/:pincode",
      guard((req) => {
        const pin = req.params.pincode!;
        const ok = /^[1-9]\d{5}$/.test(pin) && !EKART_UNSERVICEABLE.has(pin);
        return {
          body: {
            status: ok,
            pincode: Number(pin),
            remark: ok ? "Pincode is serviceable" : "Pincode is not serviceable",
            ...(ok
              ? {
                  details: {
                    cod: true,
                    max_cod_amount: 49_999,
                    forward_pickup: true,
                    forward_drop: true,
                    reverse_pickup: true,
                    reverse_drop: true,
                    city: "Sandbox",
                    state: "KA",
                  },
                }
              : {}),
          },
        };
      }),
    )
    .on(
      "POST",
      "/ekart/data/v3/serviceability",
      guard((req) => {
        const body = req.json<{ dropPincode?: string; weight?: string }>();
        if (EKART_UNSERVICEABLE.has(String(body.dropPincode))) return { body: [] };
        const freight = (40 + Math.ceil(Number(body.weight ?? 500) / 500) * 25).toFixed(2);
        return {
          body: [
            {
              tat: { min: 2, max: 4 },
              courierGroup: "EKART",
              forwardDeliveredCharges: {
                forwardFreight: freight,
                totalForwardDeliveredEstimate: freight,
              },
            },
          ],
        };
      }),
    )
    .on(
      "POST",
      "/ekart/data/pricing/estimate",
      guard((req) => {
        const body = req.json<{ weight?: number; codAmount?: number; dropPincode?: number }>();
        const slabs = Math.ceil(Number(body.weight ?? 500) / 500);
        const shipping = 40 + slabs * 25;
        const cod = Number(body.codAmount) > 0 ? Math.max(30, Number(body.codAmount) * 0.015) : 0;
        const taxes = (shipping + cod) * 0.18;
        const f = (n: number) => n.toFixed(2);
        return {
          body: {
            type: "WEIGHT_BASED",
            zone: String(body.dropPincode ?? "").startsWith("5") ? "C" : "D",
            volumetricWeight: f(slabs * 500),
            billingWeight: f(slabs * 500),
            shippingCharge: f(shipping),
            rtoCharge: f(shipping),
            fuelSurcharge: "0.00",
            codCharge: f(cod),
            qcCharge: "0.00",
            taxes: f(taxes),
            total: f(shipping + cod + taxes),
            rid: `RID-${Date.now()}`,
            rSnapshotId: "SNAP-SANDBOX",
          },
        };
      }),
    )
    .on(
      "POST",
      "/ekart/api/v2/address",
      guard((req) => {
        const body = req.json<{
          alias?: string;
          phone?: number;
          address_line1?: string;
          pincode?: number;
        }>();
        if (
          !body.alias ||
          !body.address_line1 ||
          !body.pincode ||
          !(Number(body.phone) >= 1e9 && Number(body.phone) <= 9_999_999_999)
        )
          return ekartError(
            400,
            "BAD_REQUEST",
            "alias, phone, address_line1 and pincode are required",
          );
        return {
          body: {
            status: true,
            alias: body.alias,
            remark: `Successful operation on Address ${body.alias}`,
          },
        };
      }),
    )
    .on(
      "POST",
      "/ekart/api/v2/webhook",
      guard((req) => {
        const body = req.json<{
          url?: string;
          secret?: string;
          topics?: string[];
          active?: boolean;
        }>();
        if (
          !body.url ||
          !body.secret ||
          body.secret.length < 6 ||
          body.secret.length > 30 ||
          !body.topics?.length
        )
          return ekartError(
            400,
            "BAD_REQUEST",
            "url, secret (6-30 characters) and topics are required",
          );
        ekartState.webhook = {
          url: body.url,
          secret: body.secret,
          topics: body.topics,
          id: `WH${Date.now()}`,
        };
        return { body: { ...ekartState.webhook, active: body.active ?? true } };
      }),
    )
    .on(
      "GET",
      "/ekart/api/v2/webhook",
      guard(() => ({ body: ekartState.webhook ? [{ ...ekartState.webhook, active: true }] : [] })),
    );
}
