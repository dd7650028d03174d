import { istStamp } from "./journey";
import { etdOf } from "./answers-tracking";
import { orderStatusOf } from "./order-status";
import { assignAwb, ordersList, pickup } from "./published";
import type { SrShipment } from "./store";

// Order, AWB and pickup answers of a sandbox shipment (shapes: ./published.ts).

/** The sandbox account's company id (the published samples' own). */
export const SANDBOX_COMPANY_ID = 25149;

/** The pickup location registered in the sandbox account: where forward parcels leave from. */
const warehouse = {
  name: "Packline Sandbox Warehouse",
  address: "Plot 14, Industrial Area Phase 2",
  address2: "",
  city: "Gurugram",
  state: "Haryana",
  pincode: "122001",
  phone: "9876543210",
  email: "ops@packline.test",
};

/** "2022-11-25 11:17:52.878599": Shiprocket's PHP DateTime, with microseconds. */
const microStamp = (date = new Date()) =>
  `${istStamp(date)}.${String(date.getMilliseconds() * 1000).padStart(6, "0")}`;

const text = (s: SrShipment, key: string) => String(s.body[key] ?? "");

/** The invoice number Shiprocket gives a shipment at AWB assignment ("retail5769122647118"). */
export const invoiceNoOf = (s: SrShipment) => `retail${s.shipmentId}${s.orderId}`;

/** A pickup location added through addpickup, as the sandbox warehouse's fields. */
function registered(s: SrShipment, locations: Map<string, Record<string, unknown>>) {
  const added = locations.get(text(s, "pickup_location"));
  if (!added) return null;
  const field = (key: string) => String(added[key] ?? "");
  return {
    name: field("name"),
    address: field("address"),
    address2: field("address_2"),
    city: field("city"),
    state: field("state"),
    pincode: field("pin_code"),
    phone: field("phone"),
    email: field("email"),
  };
}

/**
 * A return is picked up from the customer (pickup_*) and goes back to shipping_*; a forward
 * parcel leaves from the pickup location its order names (the sandbox warehouse when the
 * nickname was never added, as the demo account's "Primary" is).
 */
function shippedBy(s: SrShipment, locations: Map<string, Record<string, unknown>>) {
  const from = s.isReturn
    ? {
        name: text(s, "pickup_customer_name"),
        address: text(s, "pickup_address"),
        address2: text(s, "pickup_address_2"),
        city: text(s, "pickup_city"),
        state: text(s, "pickup_state"),
        pincode: text(s, "pickup_pincode"),
        phone: text(s, "pickup_phone"),
        email: text(s, "pickup_email"),
      }
    : (registered(s, locations) ?? {
        ...warehouse,
        name: text(s, "pickup_location") || warehouse.name,
      });
  return {
    ...assignAwb.body.response.data.shipped_by,
    shipper_company_name: from.name,
    shipper_address_1: from.address,
    shipper_address_2: from.address2,
    shipper_city: from.city,
    shipper_state: from.state,
    shipper_country: "India",
    shipper_postcode: from.pincode,
    shipper_first_mile_activated: 0,
    shipper_phone: from.phone,
    lat: "28.459497",
    long: "77.026638",
    shipper_email: from.email,
    rto_company_name: warehouse.name,
    rto_address_1: warehouse.address,
    rto_address_2: warehouse.address2,
    rto_city: warehouse.city,
    rto_state: warehouse.state,
    rto_country: "India",
    rto_postcode: warehouse.pincode,
    rto_phone: warehouse.phone,
    rto_email: warehouse.email,
  };
}

/** Couriers › Generate AWB for Shipment, for a shipment just given its AWB. */
export function awbAssigned(s: SrShipment, locations: Map<string, Record<string, unknown>>) {
  const sample = structuredClone(assignAwb.body);
  const data = {
    ...sample.response.data,
    courier_company_id: s.courierId ?? 0,
    awb_code: s.awb ?? "",
    cod: s.body.payment_method === "COD" ? 1 : 0,
    order_id: s.orderId,
    shipment_id: s.shipmentId,
    awb_code_status: 1,
    assigned_date_time: { ...sample.response.data.assigned_date_time, date: microStamp() },
    applied_weight: Number(s.body.weight),
    company_id: SANDBOX_COMPANY_ID,
    courier_name: s.courierName ?? "",
    child_courier_name: null,
    pickup_scheduled_date: s.pickupScheduledDate,
    routing_code: "",
    rto_routing_code: "",
    invoice_no: invoiceNoOf(s),
    transporter_id: "",
    transporter_name: "",
    shipped_by: shippedBy(s, locations),
  };
  return { ...sample, awb_assign_status: 1, response: { data } };
}

/** Couriers › Request for Shipment Pickup, for the shipments whose pickup was just asked. */
export function pickupScheduled(list: SrShipment[], date: string) {
  const sample = structuredClone(pickup.body);
  const [first] = list;
  return {
    ...sample,
    pickup_status: 1,
    response: {
      ...sample.response,
      pickup_scheduled_date: date,
      pickup_token_number: `Reference No: ${first?.shipmentId}_SANDBOX ${date.slice(0, 10)}`,
      status: 3,
      // Shiprocket's internal routing notes, a JSON document inside a string.
      others: JSON.stringify({ etd_zone: "z_c", actual_etd: first ? etdOf(first) : null }),
      pickup_generated_date: { ...sample.response.pickup_generated_date, date: microStamp() },
      data: `Pickup is confirmed by ${first?.courierName} For AWB :- ${list.map((s) => s.awb).join(", ")}`,
    },
  };
}

/** "31 Jul 2019, 03:03 PM" in IST, as the order list prints dates. */
function listedAt(date: Date): string {
  const ist = new Date(date.getTime() + 330 * 60_000);
  const [, day, mon, year] = ist.toUTCString().split(" "); // "Wed, 31 Jul 2019 09:33:00 GMT"
  const h = ist.getUTCHours();
  const hh = String(h % 12 || 12).padStart(2, "0");
  const mm = String(ist.getUTCMinutes()).padStart(2, "0");
  return `${day} ${mon} ${year}, ${hh}:${mm} ${h < 12 ? "AM" : "PM"}`;
}

/** One entry of Orders › Get all Orders. */
export function orderSummary(s: SrShipment) {
  const sample = structuredClone(ordersList.body.data[0]!);
  const status = orderStatusOf(s.cancelled ? 8 : s.code, s.isReturn);
  const items = (s.body.order_items ?? []) as Record<string, unknown>[];
  const customer = s.isReturn ? "pickup_customer_name" : "billing_customer_name";
  return {
    ...sample,
    id: s.orderId,
    channel_order_id: s.channelOrderId,
    customer_name: text(s, customer),
    customer_email: text(s, s.isReturn ? "pickup_email" : "billing_email"),
    customer_phone: text(s, s.isReturn ? "pickup_phone" : "billing_phone"),
    pickup_location: text(s, "pickup_location"),
    total: Number(s.body.sub_total ?? 0).toFixed(2),
    status: status.label,
    status_code: status.id,
    payment_method: text(s, "payment_method").toLowerCase(),
    channel_created_at: listedAt(new Date(`${text(s, "order_date").slice(0, 10)}T00:00:00+05:30`)),
    created_at: listedAt(s.createdAt),
    products: items.map((item, i) => ({
      ...sample.products[0]!,
      id: s.orderId * 10 + i,
      channel_order_product_id: String(s.orderId * 10 + i),
      name: String(item.name ?? ""),
      channel_sku: String(item.sku ?? ""),
      quantity: Number(item.units ?? 0),
      status: status.label,
      hsn: String(item.hsn ?? ""),
    })),
    shipments: [
      {
        ...sample.shipments[0]!,
        id: s.shipmentId,
        courier: s.courierName ?? "",
        weight: Number(s.body.weight ?? 0),
        dimensions: [s.body.length, s.body.breadth, s.body.height]
          .map((n) => Number(n).toFixed(2))
          .join("x"),
        pickup_scheduled_date: s.pickupScheduledDate,
        awb: s.awb ?? "",
        etd: s.awb ? etdOf(s) : "NA",
        delivered_date: s.code === 7 ? (s.scans.at(-1)?.date ?? null) : null,
      },
    ],
    activities: ["ORDER_CREATED", ...(s.cancelled ? ["ORDER_CANCELLED"] : [])],
  };
}
