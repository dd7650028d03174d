import type { BookedShipment } from "@/lib/couriers/types";
import { db, type Tx } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { CourierError } from "@/lib/errors/courier-error";
import { emitEvent } from "@/lib/events/emit-event";
import type { CourierCode, OrderStatus, ShipmentDirection } from "@/lib/generated/prisma/enums";
import { createIncident } from "@/lib/incidents/create-incident";
import { log } from "@/lib/observability/logger";
import { transitionOrder, type OrderActor } from "@/lib/orders/transition-order";

export const trackingPath = (awb: string) => `/track/${encodeURIComponent(awb)}`;

/** The booking run recording: its claim (the shipment's `attempts` when it claimed the row). */
interface ClaimHolder {
  shipmentId: string;
  claimedAttempts: number;
}

// A write of the run holding the claim: a run that another took over meanwhile writes nothing.
const heldClaim = (o: ClaimHolder) =>
  ({ id: o.shipmentId, status: "PENDING", attempts: o.claimedAttempts }) as const;

/**
 * Stores the courier's answer, ships the order (PACKED → SHIPPED) and emits OrderShipped, in one
 * transaction, unless another run took the booking over meanwhile ("superseded").
 */
export async function recordBooked(
  options: ClaimHolder & {
    orderId: string;
    direction: ShipmentDirection;
    courier: CourierCode;
    booked: BookedShipment;
    actor: OrderActor;
  },
): Promise<"recorded" | "superseded"> {
  const { booked, courier } = options;
  return db.$transaction(async (tx) => {
    const { count } = await tx.shipment.updateMany({
      where: heldClaim(options),
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
    });
    if (count === 0) {
      await reportLateAwb(tx, options);
      return "superseded";
    }
    if (options.direction !== "FORWARD") return "recorded";
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
      return "recorded";
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
    return "recorded";
  });
}

/**
 * A superseded run got an AWB anyway. The run that took over looks the booking up by the same
 * reference first, so it usually records this very AWB; one it recorded instead leaves this one
 * orphaned at the courier, for ops to cancel.
 */
async function reportLateAwb(
  tx: Tx,
  options: ClaimHolder & { orderId: string; courier: CourierCode; booked: BookedShipment },
) {
  const { awb } = options.booked;
  const current = await tx.shipment.findUnique({
    where: { id: options.shipmentId },
    select: { awb: true },
  });
  log.warn("a booking run that was taken over got an AWB", {
    shipmentId: options.shipmentId,
    awb,
    recordedAwb: current?.awb ?? null,
  });
  if (!current?.awb || current.awb === awb) return;
  await createIncident(
    {
      category: "DELIVERY",
      severity: "HIGH",
      stage: "shipment-booking",
      title: `AWB ${awb} was booked with ${options.courier} by a booking run that another took over (order ${options.orderId} has AWB ${current.awb}): cancel ${awb}.`,
      orderId: options.orderId,
      context: { shipmentId: options.shipmentId, awb, recordedAwb: current.awb },
    },
    tx,
  );
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
export async function recordFailed(
  options: ClaimHolder & { orderId: string; error: unknown; firstFailure: boolean },
): Promise<{ reason: string; retryable: boolean }> {
  const outcome = failureReasonOf(options.error);
  await db.$transaction(async (tx) => {
    const { count } = await tx.shipment.updateMany({
      where: heldClaim(options),
      data: { status: "FAILED", failureReason: outcome.reason.slice(0, 1000) },
    });
    if (count === 0) return; // taken over: the run that holds the claim records its own outcome
    const shipment = await tx.shipment.findUniqueOrThrow({
      where: { id: options.shipmentId },
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
