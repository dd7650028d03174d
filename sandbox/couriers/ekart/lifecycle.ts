import type { SandboxResponse } from "../../http";
import { shipmentPush, trackUpdatedPush } from "./payloads";
import {
  current,
  ekartState,
  FORWARD,
  nextIds,
  push,
  RTO,
  type EkartParcel,
  type EkartScan,
} from "./state";

// How a sandbox Ekart parcel moves: scans appended with their track_updated push, bookings
// announced with shipment_created, and re-creation (shipment_recreated) under a new tracking id.

const LOCATIONS: Record<string, string> = {
  "Picked Up": "Gurugram_Hub",
  "In Transit": "Bhiwandi_MotherHub",
  "Shipment Delayed": "Bhiwandi_MotherHub",
  "Out for Delivery": "Vizag_DeliveryHub",
  Undelivered: "Vizag_DeliveryHub",
};

/** Appends a scan and pushes it (track_updated), signed like Ekart does. */
export async function addScan(
  parcel: EkartParcel,
  status: string,
  extra: Partial<EkartScan> = {},
): Promise<void> {
  const scan: EkartScan = {
    status,
    ctime: Math.max(Date.now(), (parcel.scans.at(-1)?.ctime ?? 0) + 1),
    desc: extra.desc ?? status,
    location: extra.location ?? LOCATIONS[status] ?? "",
    ...(extra.ndrStatus ? { ndrStatus: extra.ndrStatus } : {}),
  };
  parcel.scans.push(scan);
  if (status === "Picked Up") parcel.pickupTime = scan.ctime;
  await push("track_updated", trackUpdatedPush(parcel, scan));
}

type NewParcel = Omit<EkartParcel, "scans" | "pickupTime" | "recreatedAs">;

/** A shipment Ekart has just created (or re-created): announced, then its "Order Placed" scan. */
export async function openParcel(fields: NewParcel, desc: string): Promise<EkartParcel> {
  const parcel: EkartParcel = { ...fields, scans: [], pickupTime: null, recreatedAs: null };
  ekartState.shipments.set(parcel.trackingId, parcel);
  ekartState.byOrder.set(parcel.orderNumber, parcel.trackingId);
  await push(
    fields.recreatedFrom ? "shipment_recreated" : "shipment_created",
    shipmentPush(parcel),
  );
  await addScan(parcel, "Order Placed", { desc, location: "" });
  return parcel;
}

/**
 * Ekart re-ships the seller's order under a new tracking id (after a misroute, say): the old id
 * gets a last "Shipment Delayed" scan saying so and moves no further; the order number, Ekart's
 * order id and the vendor waybill carry over; the new id starts again from "Order Placed".
 */
export async function recreateParcel(parcel: EkartParcel, reason: string): Promise<EkartParcel> {
  const { trackingId } = nextIds();
  parcel.recreatedAs = trackingId;
  await addScan(parcel, "Shipment Delayed", { desc: `${reason}: re-shipped as ${trackingId}` });
  const { wbn, orderNumber, channelId, paymentMode, dropPincode, dispatchDate } = parcel;
  const { weightGrams, createdAt } = parcel;
  const fields = { wbn, orderNumber, channelId, paymentMode, dropPincode, dispatchDate };
  return openParcel(
    { ...fields, weightGrams, createdAt, trackingId, recreatedFrom: parcel.trackingId },
    `Shipment re-created (was ${parcel.trackingId})`,
  );
}

const TARGET: Record<string, string> = {
  BOOKED: "Order Placed",
  PICKUP_SCHEDULED: "Pickup Scheduled",
  PICKED_UP: "Picked Up",
  IN_TRANSIT: "In Transit",
  OUT_FOR_DELIVERY: "Out for Delivery",
  DELIVERED: "Delivered",
  NDR: "Undelivered",
  RTO_INITIATED: "RTO Requested",
  RTO_IN_TRANSIT: "RTO In Transit",
  RTO_DELIVERED: "RTO Delivered",
};

/** Walks a shipment scan by scan to the Ekart status of a canonical target, pushing each scan. */
export async function advanceEkart(trackingId: string, to: string): Promise<SandboxResponse> {
  const parcel = ekartState.shipments.get(trackingId);
  const target = TARGET[to];
  if (!parcel || !target)
    return { status: 404, body: { message: `No shipment ${trackingId} or target ${to}` } };
  const rto = RTO.includes(target);
  const route = rto ? RTO : [...FORWARD, target];
  let index = route.indexOf(current(parcel).status);
  if (!rto && current(parcel).status === "Undelivered") index = FORWARD.indexOf("In Transit");
  const goal = route.indexOf(target);
  for (let i = index + 1; i <= goal; i++)
    await addScan(
      parcel,
      route[i]!,
      route[i] === "Undelivered"
        ? { ndrStatus: "Customer Unavailable", desc: "Customer not available" }
        : {},
    );
  return { body: { trackingId, status: current(parcel).status } };
}
