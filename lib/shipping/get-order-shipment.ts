import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors/app-error";
import { FLAGS, isFeatureEnabled } from "@/lib/flags/is-feature-enabled";
import { ordersVisibleTo } from "@/lib/warehouse/packer-visibility";
import { shipmentViewSelect, toShipmentView } from "./shipment-view";

/**
 * The forward shipment of one order as the packing station sees it after "Mark packed": the
 * booking the job makes when auto-booking is on, or nothing yet when a person books it.
 */
export async function getOrderShipment(input: { orderId: string; viewer: Viewer }) {
  const [order, autoBook] = await Promise.all([
    db.order.findFirst({
      where: { id: input.orderId, ...ordersVisibleTo(input.viewer) },
      select: {
        id: true,
        number: true,
        status: true,
        shipmentFailed: true,
        shipments: {
          where: { direction: "FORWARD", status: { not: "CANCELLED" } },
          orderBy: { createdAt: "desc" },
          take: 1,
          select: shipmentViewSelect,
        },
      },
    }),
    isFeatureEnabled(FLAGS.autoBook),
  ]);
  if (!order) throw notFound("The order");
  const shipment = order.shipments[0];
  return {
    orderId: order.id,
    orderNumber: order.number,
    orderStatus: order.status,
    shipmentFailed: order.shipmentFailed,
    autoBook,
    shipment: shipment ? toShipmentView(shipment) : null,
  };
}

export type OrderShipment = Awaited<ReturnType<typeof getOrderShipment>>;
