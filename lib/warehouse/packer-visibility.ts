import type { Viewer } from "@/lib/auth/viewer";
import { db, type Tx } from "@/lib/db";
import { notFound } from "@/lib/errors/app-error";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * The orders a packer may open by id: those on the packing table (every item picked or short,
 * whatever the ship-partial or hold decision), packed ones, and shipped ones whose parcel is still
 * in the warehouse waiting for the courier, whose slip and label the packer may need to reprint.
 * Anything else (a placed order, one handed to the courier, delivered, returned, cancelled) holds
 * a customer's data that the packing station has no need for. Ops and admins see every order.
 */
const onThePackingFloor: Prisma.OrderWhereInput = {
  OR: [
    { status: "PROCESSING", readyToPack: true },
    { status: "PACKED" },
    {
      status: "SHIPPED",
      shipments: {
        some: { direction: "FORWARD", status: { in: ["BOOKED", "PICKUP_SCHEDULED"] } },
      },
    },
  ],
};

export function ordersVisibleTo(viewer: Viewer): Prisma.OrderWhereInput {
  return viewer.role === "PACKER" ? onThePackingFloor : {};
}

/** A packer sees the forward parcels of the orders they may see, never returns. */
export function shipmentsVisibleTo(viewer: Viewer): Prisma.ShipmentWhereInput {
  return viewer.role === "PACKER" ? { direction: "FORWARD", order: onThePackingFloor } : {};
}

/**
 * A 404 (the same answer as for an id that does not exist) unless the viewer may see the
 * order. Inside a packing step's transaction, after the order row is locked, so the answer
 * holds for the whole step.
 */
export async function assertOrderVisible(
  viewer: Viewer,
  orderId: string,
  tx: Tx | typeof db = db,
): Promise<void> {
  if (viewer.role !== "PACKER") return;
  const visible = await tx.order.count({ where: { id: orderId, ...onThePackingFloor } });
  if (!visible) throw notFound("The order");
}
