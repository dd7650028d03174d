import { labelOf, promisedDays, istStamp } from "./lifecycle";
import type { SrShipment } from "./store";

// Shiprocket's answer shapes, field names as in apidocs.shiprocket.in samples.

export const couriers = [
  { id: 43, name: "Delhivery Surface", perHalfKg: 38, days: 4, cod: 1, air: false },
  { id: 33, name: "Xpressbees Air", perHalfKg: 62, days: 2, cod: 1, air: true },
  { id: 19, name: "Ecom Express Surface 2kg", perHalfKg: 30, days: 6, cod: 0, air: false },
];

const etd = (s: SrShipment) =>
  istStamp(new Date(s.createdAt.getTime() + promisedDays * 86_400_000));
const destination = (s: SrShipment) =>
  String(s.body[s.isReturn ? "shipping_city" : "billing_city"] ?? "");

export function trackingData(s: SrShipment) {
  return {
    tracking_data: {
      track_status: 1,
      shipment_status: s.code,
      shipment_track: [
        {
          id: s.shipmentId,
          awb_code: s.awb,
          courier_company_id: s.courierId,
          shipment_id: s.shipmentId,
          order_id: s.orderId,
          pickup_date: s.scans.find((x) => x["sr-status"] === "42")?.date ?? null,
          delivered_date: s.code === 7 ? (s.scans.at(-1)?.date ?? null) : null,
          weight: String(s.body.weight ?? ""),
          packages: 1,
          current_status: labelOf(s.code),
          delivered_to: destination(s),
          destination: destination(s),
          consignee_name: String(
            s.body.billing_customer_name ?? s.body.shipping_customer_name ?? "",
          ),
          origin: String(s.body.pickup_city ?? "Gurugram"),
          courier_agent_details: null,
          courier_name: s.courierName,
          edd: etd(s),
          pod: s.code === 7 ? "Available" : "Not Available",
        },
      ],
      shipment_track_activities: [...s.scans].reverse(),
      track_url: `https://shiprocket.co//tracking/${s.awb}`,
      etd: etd(s),
    },
  };
}

/** The tracking webhook body of the docs' sample (payload of Settings › API › Webhooks). */
export function webhookBody(s: SrShipment) {
  const now = istStamp();
  // current_timestamp is the time of the scan that set the current status, not of the push.
  const [date, time] = (s.scans.at(-1)?.date ?? now).split(" ");
  const [y, m, d] = (date ?? "").split("-");
  return {
    awb: s.awb,
    courier_name: s.courierName,
    current_status: labelOf(s.code),
    current_status_id: s.code,
    shipment_status: labelOf(s.code),
    shipment_status_id: s.code,
    current_timestamp: `${d} ${m} ${y} ${time}`,
    order_id: s.channelOrderId,
    sr_order_id: s.orderId,
    awb_assigned_date: s.scans[0]?.date ?? now,
    pickup_scheduled_date: s.scans.find((x) => x["sr-status"] === "3")?.date ?? null,
    etd: etd(s),
    scans: s.scans,
    is_return: s.isReturn ? 1 : 0,
    channel_id: 3422553,
    pod_status: s.code === 7 ? "OTP Based Delivery" : "",
    pod: s.code === 7 ? "Available" : "Not Available",
  };
}

export function orderSummary(s: SrShipment) {
  return {
    id: s.orderId,
    channel_id: 3422553,
    channel_name: "CUSTOM",
    channel_order_id: s.channelOrderId,
    customer_name: String(s.body.billing_customer_name ?? s.body.pickup_customer_name ?? ""),
    status: s.cancelled ? "CANCELED" : s.awb ? labelOf(s.code) : "NEW",
    status_code: s.cancelled ? 5 : 1,
    payment_method: String(s.body.payment_method ?? "prepaid").toLowerCase(),
    created_at: istStamp(s.createdAt),
    shipments: [
      {
        id: s.shipmentId,
        courier: s.courierName ?? "",
        weight: Number(s.body.weight ?? 0),
        pickup_scheduled_date: s.scans.find((x) => x["sr-status"] === "3")?.date ?? null,
        awb: s.awb ?? "",
        return_awb: "",
        etd: s.awb ? etd(s) : "NA",
      },
    ],
  };
}
