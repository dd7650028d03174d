import { db } from "@/lib/db";
import { notFound } from "@/lib/errors/app-error";

export interface PublicTracking {
  awb: string;
  orderNumber: string;
  courier: string | null;
  status: string;
  expectedDeliveryAt: string | null;
  deliveredAt: string | null;
  destination: string;
  events: { status: string | null; description: string; location: string | null; at: string }[];
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
      courierAccount: { select: { courier: true } },
      order: { select: { number: true, city: true, pincode: true } },
      trackingEvents: {
        orderBy: { occurredAt: "desc" },
        select: { status: true, rawStatus: true, remarks: true, location: true, occurredAt: true },
      },
    },
  });
  if (!shipment?.awb) throw notFound(`A parcel with tracking number ${awb}`);
  return {
    awb: shipment.awb,
    orderNumber: shipment.order.number,
    courier: shipment.courierAccount?.courier ?? null,
    status: shipment.status,
    expectedDeliveryAt: shipment.expectedDeliveryAt?.toISOString() ?? null,
    deliveredAt: shipment.deliveredAt?.toISOString() ?? null,
    destination: `${shipment.order.city} ${shipment.order.pincode}`,
    events: shipment.trackingEvents.map((e) => ({
      status: e.status,
      description: e.remarks ?? e.rawStatus,
      location: e.location,
      at: e.occurredAt.toISOString(),
    })),
  };
}
