import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors/app-error";

/**
 * Ops' choice of where an order ships from, before it is booked (null: the rules decide). The
 * order row is locked and must still wait for its booking, so the choice cannot change a
 * parcel already handed to a courier.
 */
export async function setOrderPickupLocation(options: {
  orderId: string;
  pickupLocationId: string | null;
  actorId: string;
}): Promise<void> {
  await db.$transaction(async (tx) => {
    const [order] = await tx.$queryRaw<{ number: string; status: string }[]>`
      SELECT number, status FROM "Order" WHERE id = ${options.orderId} FOR UPDATE`;
    if (!order) throw notFound("The order");
    const booked = await tx.shipment.count({
      where: {
        orderId: options.orderId,
        direction: "FORWARD",
        status: { notIn: ["PENDING", "FAILED", "CANCELLED"] },
      },
    });
    if (booked > 0 || !["PLACED", "PROCESSING", "PACKED"].includes(order.status))
      throw new AppError(
        "ILLEGAL_TRANSITION",
        `Order ${order.number} is already booked or closed; its pickup location can no longer change.`,
      );
    if (options.pickupLocationId) {
      const location = await tx.pickupLocation.findUnique({
        where: { id: options.pickupLocationId },
        select: { active: true },
      });
      if (!location?.active)
        throw new AppError("VALIDATION", "Choose an active pickup location.", {
          fieldErrors: { pickupLocationId: ["Choose an active location"] },
        });
    }
    await tx.order.update({
      where: { id: options.orderId },
      data: { pickupLocationId: options.pickupLocationId },
      select: { id: true },
    });
    await recordAudit(tx, {
      actorId: options.actorId,
      action: "order.pickup-location",
      entityType: "Order",
      entityId: options.orderId,
      details: { pickupLocationId: options.pickupLocationId },
    });
  });
}
