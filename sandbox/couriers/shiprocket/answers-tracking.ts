import { istStamp, labelOf } from "./journey";
import { promisedDays } from "./lifecycle";
import { orderStatusOf } from "./order-status";
import { trackingThroughAwb, webhookBody as webhookSample } from "./published";
import type { SrShipment } from "./store";

// Tracking answers and webhook bodies of a sandbox shipment (shapes: ./published.ts).

/** Shiprocket's estimate at AWB assignment, "YYYY-MM-DD HH:mm:ss" IST. */
export const etdOf = (s: SrShipment) =>
  istStamp(new Date(s.createdAt.getTime() + promisedDays * 86_400_000));

const cityOf = (s: SrShipment, side: "drop" | "pickup") =>
  String(
    (side === "drop") !== s.isReturn
      ? (s.body.billing_city ?? s.body.shipping_city ?? "")
      : (s.body.pickup_city ?? "Gurugram"),
  );
const scanDate = (s: SrShipment, code: string) =>
  s.scans.findLast((x) => x["sr-status"] === code)?.date ?? null;
const delivered = (s: SrShipment) => s.code === 7;

/** courier/track/awb, track/shipment, track/awbs entries and track?order_id entries alike. */
export function trackingData(s: SrShipment) {
  const sample = structuredClone(trackingThroughAwb.body.tracking_data);
  const track = {
    ...sample.shipment_track[0]!,
    id: s.shipmentId,
    awb_code: s.awb ?? "",
    courier_company_id: s.courierId ?? 0,
    shipment_id: s.shipmentId,
    order_id: s.orderId,
    pickup_date: scanDate(s, "42"),
    delivered_date: delivered(s) ? scanDate(s, "7") : null,
    // Shiprocket prints the weight as a string with two decimals ("0.30").
    weight: Number(s.body.weight ?? 0).toFixed(2),
    packages: 1,
    current_status: labelOf(s.code),
    delivered_to: cityOf(s, "drop"),
    destination: cityOf(s, "drop"),
    consignee_name: String(s.body.billing_customer_name ?? s.body.shipping_customer_name ?? ""),
    origin: cityOf(s, "pickup"),
    courier_agent_details: null,
    courier_name: s.courierName ?? "",
    edd: etdOf(s),
    pod: delivered(s) ? "Available" : "Not Available",
    pod_status: delivered(s) ? "OTP Based Delivery" : "",
  };
  return {
    tracking_data: {
      ...sample,
      shipment_status: s.code,
      shipment_track: [track],
      // newest first, as Shiprocket lists them
      shipment_track_activities: [...s.scans].reverse(),
      track_url: `https://shiprocket.co//tracking/${s.awb}`,
      etd: etdOf(s),
    },
  };
}

/** "2023-05-23 11:43:52" → "23 05 2023 11:43:52", the webhook's `current_timestamp` layout. */
const dayFirst = (stamp: string) => {
  const [date = "", time = ""] = stamp.split(" ");
  const [y, m, d] = date.split("-");
  return `${d} ${m} ${y} ${time}`;
};

/**
 * The tracking webhook of the Webhooks section: the status on both of Shiprocket's scales
 * (`shipment_status_id` shipment scale, `current_status_id` order scale) and every scan so far.
 */
export function webhookBody(s: SrShipment) {
  const sample = structuredClone(webhookSample);
  const now = istStamp();
  return {
    ...sample,
    awb: s.awb ?? "",
    courier_name: s.courierName ?? "",
    current_status: labelOf(s.code),
    current_status_id: orderStatusOf(s.code, s.isReturn).id,
    shipment_status: labelOf(s.code),
    shipment_status_id: s.code,
    current_timestamp: dayFirst(s.scans.at(-1)?.date ?? now),
    order_id: s.channelOrderId,
    sr_order_id: s.orderId,
    awb_assigned_date: s.scans[0]?.date ?? now,
    pickup_scheduled_date: s.pickupScheduledDate,
    etd: etdOf(s),
    scans: s.scans,
    is_return: s.isReturn ? 1 : 0,
    pod_status: delivered(s) ? "OTP Based Delivery" : "",
    pod: delivered(s) ? "Available" : "Not Available",
    qc_image: "",
    qc_failure_reason: "",
  };
}
