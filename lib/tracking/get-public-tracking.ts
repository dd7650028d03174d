import { db } from "@/lib/db";
import { notFound } from "@/lib/errors/app-error";
import { firstPromiseIfLate } from "./running-late";
import { TIMELINE_EVENT_SELECT, trackingTimeline } from "./tracking-timeline";

export interface PublicTracking {
  awb: string;
  orderNumber: string;
  courier: string | null;
  status: string;
  expectedDeliveryAt: string | null;
  /** the courier's first promise, when it has since moved later: the parcel is running late */
  firstPromisedAt: string | null;
  deliveredAt: string | null;
  deliveryAttempts: number | null;
  destination: string;
  /** in plain words, newest first (tracking-timeline.ts); never the courier's raw text */
  events: { title: string; place: string | null; at: string }[];
}

/** What a customer may see about a parcel: no names, phones or street addresses. */
export async function getPublicTracking(awb: string): Promise<PublicTracking> {
  // An AWB the courier replaced (a re-created booking) still finds the parcel.
  const shipment = await db.shipment.findFirst({
    where: { OR: [{ awb }, { awbAliases: { some: { awb } } }] },
    select: {
      awb: true,
      status: true,
      expectedDeliveryAt: true,
      deliveredAt: true,
      deliveryAttempts: true,
      courierAccount: { select: { courier: true } },
      order: { select: { number: true, city: true, pincode: true } },
      promises: {
        orderBy: { recordedAt: "asc" },
        take: 1,
        select: { expectedDeliveryAt: true },
      },
      // what the courier said under an AWB it had replaced, after it did, is not this parcel's news
      trackingEvents: { where: { kind: { not: "OLD_AWB_SCAN" } }, select: TIMELINE_EVENT_SELECT },
    },
  });
  if (!shipment?.awb) throw notFound(`A parcel with tracking number ${awb}`);
  const late = firstPromiseIfLate(
    shipment.promises[0]?.expectedDeliveryAt,
    shipment.expectedDeliveryAt,
  );
  const courier = shipment.courierAccount?.courier ?? null;
  return {
    awb: shipment.awb,
    orderNumber: shipment.order.number,
    courier,
    status: shipment.status,
    expectedDeliveryAt: shipment.expectedDeliveryAt?.toISOString() ?? null,
    firstPromisedAt: late?.toISOString() ?? null,
    deliveredAt: shipment.deliveredAt?.toISOString() ?? null,
    deliveryAttempts: shipment.deliveryAttempts,
    destination: `${shipment.order.city} ${shipment.order.pincode}`,
    events: trackingTimeline(courier, shipment.trackingEvents).map(({ title, place, at }) => ({
      title,
      place,
      at,
    })),
  };
}
