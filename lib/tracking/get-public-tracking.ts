import { notFound } from "@/lib/errors/app-error";
import { courierForCustomer } from "./courier-links";
import { findPublicShipment } from "./find-public-shipment";
import { firstPromiseIfLate } from "./running-late";
import { trackingTimeline } from "./tracking-timeline";

export interface PublicTracking {
  awb: string;
  orderNumber: string;
  /** the first word of the customer's name only */
  recipient: string;
  courier: { name: string; trackingUrl: string } | null;
  status: string;
  expectedDeliveryAt: string | null;
  /** the courier's first promise, when it has since moved later: the parcel is running late */
  firstPromisedAt: string | null;
  deliveredAt: string | null;
  deliveryAttempts: number | null;
  destination: string;
  /** what is in the box: ordered less short (a partial shipment ships what was found) */
  items: { name: string; quantity: number }[];
  /** what the courier collects at the door, for a cash-on-delivery parcel; else null */
  payOnDeliveryPaise: number | null;
  /** in plain words, newest first (tracking-timeline.ts); never the courier's raw text */
  events: { title: string; place: string | null; at: string }[];
}

/** What a customer may see about a parcel: no surname, phone or street address. */
export async function getPublicTracking(awb: string): Promise<PublicTracking> {
  const shipment = await findPublicShipment(awb);
  if (!shipment) throw notFound(`A parcel with tracking number ${awb}`);
  const late = firstPromiseIfLate(shipment.firstPromisedAt, shipment.expectedDeliveryAt);
  const cod = shipment.direction === "FORWARD" && shipment.paymentMethod === "COD";
  const events = shipment.events.map((e) => ({ ...e, occurredAt: new Date(e.occurredAt) }));
  return {
    awb: shipment.awb,
    orderNumber: shipment.orderNumber,
    recipient: shipment.customerName.trim().split(/\s+/)[0] ?? "",
    courier: courierForCustomer(shipment.courier, shipment.awb),
    status: shipment.status,
    expectedDeliveryAt: shipment.expectedDeliveryAt?.toISOString() ?? null,
    firstPromisedAt: late?.toISOString() ?? null,
    deliveredAt: shipment.deliveredAt?.toISOString() ?? null,
    deliveryAttempts: shipment.deliveryAttempts,
    destination: `${shipment.city} ${shipment.pincode}`,
    items: shipment.items
      .map((item) => ({ name: item.title, quantity: item.qtyOrdered - item.qtyShort }))
      .filter((item) => item.quantity > 0),
    payOnDeliveryPaise: cod ? shipment.codAmountPaise : null,
    events: trackingTimeline(shipment.courier, events).map(({ title, place, at }) => ({
      title,
      place,
      at,
    })),
  };
}
