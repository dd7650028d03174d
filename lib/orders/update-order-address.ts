import { db } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors/app-error";
import type { OrderStatus } from "@/lib/generated/prisma/enums";
import { leaseHeld } from "@/lib/shipping/claim-shipment";
import type { AddressInput } from "@/lib/validation/order";
import { deliveryAddressSelect } from "./delivery-address-select";
import { isAddressEditable } from "./order-status";
import { staleVersionError } from "./stale-version-error";
import type { OrderActor } from "./transition-order";

export interface UpdateOrderAddressInput {
  orderId: string;
  address: AddressInput;
  actor: OrderActor;
}

/**
 * Corrects the delivery address (and contact phone) until the parcel is with the courier. Not
 * while a booking is in flight: the courier is being sent the address as it was, and the label
 * would carry it. The check runs under the order row lock that a booking's claim takes, so an
 * edit and a claim never interleave.
 */
export async function updateOrderAddress(
  input: UpdateOrderAddressInput,
): Promise<{ version: number }> {
  const { expectedVersion, ...address } = input.address;
  return db.$transaction(async (tx) => {
    const [order] = await tx.$queryRaw<{ status: OrderStatus; version: number }[]>`
      SELECT status, version FROM "Order" WHERE id = ${input.orderId} FOR UPDATE`;
    if (!order) throw notFound("The order");
    if (order.version !== expectedVersion) throw staleVersionError(order);
    if (!isAddressEditable(order.status)) {
      throw new AppError(
        "CONFLICT",
        `This order is ${order.status.toLowerCase()}, so its address can no longer be changed here: the parcel is already with the courier.`,
      );
    }
    const booking = await tx.shipment.findFirst({
      where: { orderId: input.orderId, direction: "FORWARD", status: "PENDING" },
      select: { updatedAt: true },
    });
    if (booking && leaseHeld(booking.updatedAt)) {
      throw new AppError(
        "CONFLICT",
        "This order is being booked with the courier right now, so its address cannot change: the courier has the current address for the label. Wait for the booking to finish and reload.",
      );
    }
    const before = await tx.order.findUniqueOrThrow({
      where: { id: input.orderId },
      select: {
        ...deliveryAddressSelect,
      },
    });
    const updated = await tx.order.update({
      where: { id: input.orderId },
      data: {
        ...address,
        addressLine2: address.addressLine2 || null,
        landmark: address.landmark || null,
        version: { increment: 1 },
      },
      select: { version: true },
    });
    await tx.auditLog.create({
      data: {
        actorId: input.actor.userId ?? null,
        action: "order.address.updated",
        entityType: "Order",
        entityId: input.orderId,
        details: { before, after: address },
      },
    });
    return updated;
  });
}
