import { db } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors/app-error";
import type { OrderStatus } from "@/lib/generated/prisma/enums";
import { unsettledFailure } from "@/lib/shipping/booking-failure";
import { shipmentReference } from "@/lib/shipping/claim-shipment";
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
 * while a booking is claimed, whatever its lease: the courier may be being sent the address as
 * it was, and the label would carry it. After a booking whose answer was lost, the courier may
 * hold a booking with the old address, which the next attempt would find and keep: the edit is
 * accepted and marks that booking stale, so the next attempt cancels it at the courier and books
 * afresh under a new reference (void-stale-booking.ts). A courier that cannot be asked (Ekart)
 * is booked again only by "retry anyway", under a new reference, once ops have checked its panel.
 * The checks run under the order row lock that a booking's claim takes, so an edit and a claim
 * never interleave.
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
        order.status === "CANCELLED"
          ? "This order is cancelled: there is no parcel to send, so its address no longer changes."
          : `This order is ${order.status.toLowerCase()}, so its address can no longer be changed here: the parcel is already with the courier.`,
      );
    }
    const booking = await tx.shipment.findFirst({
      where: {
        orderId: input.orderId,
        direction: "FORWARD",
        OR: [{ status: "PENDING" }, unsettledFailure],
      },
      orderBy: { createdAt: "desc" },
      select: {
        id: true,
        status: true,
        failureKind: true,
        bookingReference: true,
        staleReference: true,
        idempotencyKey: true,
        direction: true,
        order: { select: { number: true } },
      },
    });
    if (booking?.status === "PENDING") {
      throw new AppError(
        "CONFLICT",
        "This order is being booked with the courier right now, so its address cannot change: the courier has the current address for the label. Wait for the booking to finish and reload.",
      );
    }
    if (booking && booking.failureKind !== "OUTCOME_UNVERIFIABLE")
      await tx.shipment.update({
        where: { id: booking.id },
        data: {
          staleReference:
            booking.staleReference ?? shipmentReference(booking.order.number, booking),
        },
        select: { id: true },
      });
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
