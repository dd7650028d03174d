import { db } from "@/lib/db";
import { notFound } from "@/lib/errors/app-error";
import { courierForCustomer } from "./courier-links";
import { findShipmentIdByAwb } from "./find-shipment-by-awb";
import { firstPromiseIfLate } from "./running-late";
import { TIMELINE_EVENT_SELECT, trackingTimeline } from "./tracking-timeline";

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
  const id = await findShipmentIdByAwb(awb);
  const shipment = id
    ? await db.shipment.findUnique({
        where: { id },
        select: {
          awb: true,
          direction: true,
          status: true,
          expectedDeliveryAt: true,
          deliveredAt: true,
          deliveryAttempts: true,
          courierAccount: { select: { courier: true } },
          order: {
            select: {
              number: true,
              customerName: true,
              city: true,
              pincode: true,
              paymentMethod: true,
              codAmountPaise: true,
              items: {
                orderBy: { createdAt: "asc" },
                select: { title: true, qtyOrdered: true, qtyShort: true },
              },
            },
          },
          promises: {
            orderBy: { recordedAt: "asc" },
            take: 1,
            select: { expectedDeliveryAt: true },
          },
          // what the courier said under an AWB it had replaced, after it did, is not this parcel's news
          trackingEvents: {
            where: { kind: { not: "OLD_AWB_SCAN" } },
            select: TIMELINE_EVENT_SELECT,
          },
        },
      })
    : null;
  if (!shipment?.awb) throw notFound(`A parcel with tracking number ${awb}`);
  const { order } = shipment;
  const late = firstPromiseIfLate(
    shipment.promises[0]?.expectedDeliveryAt,
    shipment.expectedDeliveryAt,
  );
  const courier = shipment.courierAccount?.courier ?? null;
  const cod = shipment.direction === "FORWARD" && order.paymentMethod === "COD";
  return {
    awb: shipment.awb,
    orderNumber: order.number,
    recipient: order.customerName.trim().split(/\s+/)[0] ?? "",
    courier: courierForCustomer(courier, shipment.awb),
    status: shipment.status,
    expectedDeliveryAt: shipment.expectedDeliveryAt?.toISOString() ?? null,
    firstPromisedAt: late?.toISOString() ?? null,
    deliveredAt: shipment.deliveredAt?.toISOString() ?? null,
    deliveryAttempts: shipment.deliveryAttempts,
    destination: `${order.city} ${order.pincode}`,
    items: order.items
      .map((item) => ({ name: item.title, quantity: item.qtyOrdered - item.qtyShort }))
      .filter((item) => item.quantity > 0),
    payOnDeliveryPaise: cod ? order.codAmountPaise : null,
    events: trackingTimeline(courier, shipment.trackingEvents).map(({ title, place, at }) => ({
      title,
      place,
      at,
    })),
  };
}
