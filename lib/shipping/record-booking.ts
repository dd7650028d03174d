import type { BookedShipment } from "@/lib/couriers/types";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { CourierError } from "@/lib/errors/courier-error";
import { emitEvent } from "@/lib/events/emit-event";
import type { CourierCode, OrderStatus, ShipmentDirection } from "@/lib/generated/prisma/enums";
import { createIncident } from "@/lib/incidents/create-incident";
import { transitionOrder, type OrderActor } from "@/lib/orders/transition-order";

export const trackingPath = (awb: string) => `/track/${encodeURIComponent(awb)}`;

/** Stores the courier's answer, ships the order (PACKED → SHIPPED) and emits OrderShipped, in one transaction. */
export async function recordBooked(options: {
  shipmentId: string;
  orderId: string;
  direction: ShipmentDirection;
  courier: CourierCode;
  booked: BookedShipment;
  actor: OrderActor;
}): Promise<void> {
  const { booked, courier } = options;
  await db.$transaction(async (tx) => {
    await tx.shipment.update({
      where: { id: options.shipmentId },
      data: {
        status: "BOOKED",
        awb: booked.awb,
        courierOrderRef: booked.courierOrderRef,
        courierShipmentRef: booked.courierShipmentRef,
        ...(booked.serviceName ? { serviceName: booked.serviceName } : {}),
        // keep the quoted charge when the courier's booking answer does not state one
        ...(booked.chargePaise !== null ? { chargePaise: booked.chargePaise } : {}),
        labelUrl: booked.labelUrl,
        expectedDeliveryAt: booked.expectedDeliveryAt,
        bookedAt: new Date(),
        failureReason: null,
      },
      select: { id: true },
    });
    if (options.direction !== "FORWARD") return;
    const [order] = await tx.$queryRaw<{ status: OrderStatus; number: string }[]>`
      SELECT status, number FROM "Order" WHERE id = ${options.orderId} FOR UPDATE`;
    if (order?.status !== "PACKED") {
      // Changed while the courier was booking (e.g. cancelled): keep the AWB, tell ops to void it.
      await createIncident(
        {
          category: "DELIVERY",
          severity: "HIGH",
          stage: "shipment-booking",
          title: `AWB ${booked.awb} was booked with ${courier} but order ${order?.number ?? options.orderId} is now ${order?.status ?? "gone"}: cancel the AWB.`,
          orderId: options.orderId,
          context: { shipmentId: options.shipmentId, awb: booked.awb },
        },
        tx,
      );
      return;
    }
    await transitionOrder(tx, {
      orderId: options.orderId,
      to: "SHIPPED",
      actor: options.actor,
      reason: `Booked with ${courier}, AWB ${booked.awb}`,
    });
    await tx.order.update({
      where: { id: options.orderId },
      data: { shipmentFailed: false },
      select: { id: true },
    });
    await emitEvent(tx, {
      type: "OrderShipped",
      aggregateType: "Order",
      aggregateId: options.orderId,
      payload: {
        orderId: options.orderId,
        orderNumber: order.number,
        shipmentId: options.shipmentId,
        awb: booked.awb,
        courier,
        trackingUrl: trackingPath(booked.awb),
        expectedDeliveryAt: booked.expectedDeliveryAt?.toISOString() ?? null,
      },
    });
  });
}

/** The sentence ops see: the courier's own reason when it gave one. */
export function failureReasonOf(error: unknown): { reason: string; retryable: boolean } {
  if (error instanceof CourierError)
    return {
      reason: error.courierMessage ? `${error.courier}: ${error.courierMessage}` : error.message,
      retryable: error.retryable || error.kind === "circuit_open",
    };
  if (error instanceof AppError) return { reason: error.message, retryable: false };
  return {
    reason: `Unexpected error: ${String((error as Error)?.message ?? error)}`,
    retryable: true,
  };
}

/**
 * Marks the booking FAILED with its reason and flags the order for ops; the first failure of a
 * booking opens a DELIVERY incident (retries of the same booking do not open more).
 */
export async function recordFailed(options: {
  shipmentId: string;
  orderId: string;
  error: unknown;
  firstFailure: boolean;
}): Promise<{ reason: string; retryable: boolean }> {
  const outcome = failureReasonOf(options.error);
  await db.$transaction(async (tx) => {
    const shipment = await tx.shipment.update({
      where: { id: options.shipmentId },
      data: { status: "FAILED", failureReason: outcome.reason.slice(0, 1000) },
      select: { order: { select: { number: true } }, courierAccount: { select: { name: true } } },
    });
    await tx.order.update({
      where: { id: options.orderId },
      data: { shipmentFailed: true },
      select: { id: true },
    });
    if (!options.firstFailure) return;
    const e = options.error instanceof CourierError ? options.error : null;
    await createIncident(
      {
        category: "DELIVERY",
        severity: outcome.retryable ? "MEDIUM" : "HIGH",
        stage: "shipment-booking",
        title: `Booking failed for order ${shipment.order.number}: ${outcome.reason}`,
        orderId: options.orderId,
        context: {
          shipmentId: options.shipmentId,
          account: shipment.courierAccount?.name ?? null,
          kind: e?.kind ?? null,
          status: e?.status ?? null,
          retryable: outcome.retryable,
        },
      },
      tx,
    );
  });
  return outcome;
}
