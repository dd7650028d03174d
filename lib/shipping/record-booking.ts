import type { BookedShipment } from "@/lib/couriers/types";
import { db, type Tx } from "@/lib/db";
import { CourierError } from "@/lib/errors/courier-error";
import { emitEvent } from "@/lib/events/emit-event";
import type { CourierCode, OrderStatus, ShipmentDirection } from "@/lib/generated/prisma/enums";
import { createIncident } from "@/lib/incidents/create-incident";
import { transitionOrder, type OrderActor } from "@/lib/orders/transition-order";
import type { BookingFailure } from "./booking-failure";
import { bookedAttempt, writeAttempts, type AttemptRow } from "./booking-attempts";
import { heldClaim, type ClaimHolder } from "./held-claim";

export const trackingPath = (awb: string) => `/track/${encodeURIComponent(awb)}`;

// The order row first, as claim-shipment.ts locks it: a booker recording and another claiming
// never wait on each other's rows in opposite order.
async function lockOrder(tx: Tx, orderId: string) {
  const [order] = await tx.$queryRaw<{ status: OrderStatus; number: string }[]>`
    SELECT status, number FROM "Order" WHERE id = ${orderId} FOR UPDATE`;
  return order ?? null;
}

export type RecordedBooking =
  | { outcome: "recorded" }
  /** the order stopped waiting for the parcel meanwhile (cancelled): the AWB is on the shipment, to cancel */
  | { outcome: "unwanted"; orderNumber: string | null; orderStatus: OrderStatus | null }
  /**
   * another run took the booking over: the shipment holds `recordedAwb`; an AWB other than that is
   * kept as a late AWB of the shipment (LateAwb), for the run that took over or to cancel
   */
  | { outcome: "superseded"; orderNumber: string | null; recordedAwb: string | null };

/**
 * Stores the courier's answer, ships the order (PACKED → SHIPPED) and emits OrderShipped, in one
 * transaction, while the run still holds its claim. An order no longer Packed keeps the AWB on
 * its shipment but does not ship ("unwanted"): the caller cancels it at the courier
 * (cancel-late-awb.ts). A run taken over does not touch the shipment ("superseded"); its AWB is
 * kept as a late AWB in the same transaction, because the run that took over may have found this
 * very booking under the same reference and be about to record it. Recording drops the late AWB
 * it records; the others are cancelled once the booking has settled (cancel-late-awbs.ts).
 */
export async function recordBooked(
  options: ClaimHolder & {
    orderId: string;
    direction: ShipmentDirection;
    courier: CourierCode;
    courierAccountId: string;
    booked: BookedShipment;
    actor: OrderActor;
    /** a reverse booking's own step in the same transaction (a return's pickup booked) */
    onReverseRecorded?: (tx: Tx) => Promise<void>;
  },
): Promise<RecordedBooking> {
  const { booked, courier } = options;
  return db.$transaction(async (tx) => {
    const order = await lockOrder(tx, options.orderId);
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
        failureKind: null,
      },
    });
    const orderNumber = order?.number ?? null;
    if (count === 0) {
      const current = await tx.shipment.findUnique({
        where: { id: options.shipmentId },
        select: { awb: true },
      });
      const recordedAwb = current?.awb ?? null;
      if (current && recordedAwb !== booked.awb)
        await tx.lateAwb.upsert({
          where: {
            courierAccountId_awb: { courierAccountId: options.courierAccountId, awb: booked.awb },
          },
          create: {
            shipmentId: options.shipmentId,
            courierAccountId: options.courierAccountId,
            awb: booked.awb,
            why: `was booked with ${courier} for order ${orderNumber ?? "(deleted)"} by a booking run whose claim another run took over`,
          },
          update: {},
          select: { id: true },
        });
      return { outcome: "superseded", orderNumber, recordedAwb };
    }
    await writeAttempts(tx, options, [
      bookedAttempt(options.courierAccountId, courier, booked.awb),
    ]);
    // A run that lost its claim may have left this very AWB: it is the booking's own now.
    await tx.lateAwb.deleteMany({ where: { shipmentId: options.shipmentId, awb: booked.awb } });
    if (options.direction !== "FORWARD") {
      await options.onReverseRecorded?.(tx);
      return { outcome: "recorded" };
    }
    if (order?.status !== "PACKED")
      return { outcome: "unwanted", orderNumber, orderStatus: order?.status ?? null };
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
    return { outcome: "recorded" };
  });
}

/**
 * Marks the booking FAILED with its reason and kind (how it may be tried again) and flags the
 * order for ops; the first failure of a booking opens a DELIVERY incident (retries of the same
 * booking do not open more). A run taken over writes nothing and gets null; otherwise the order's
 * status comes back. The booking of an order cancelled meanwhile is marked FAILED but raises no
 * flag or incident of its own: the booker settles it with the courier (book-shipment.ts).
 */
export async function recordFailed(
  options: ClaimHolder & {
    orderId: string;
    error: unknown;
    failure: BookingFailure;
    firstFailure: boolean;
    /** the run's courier attempts not yet in the attempt log (place-with-fallback.ts) */
    attempts?: AttemptRow[];
  },
): Promise<OrderStatus | null> {
  const { failure } = options;
  return db.$transaction(async (tx) => {
    const order = await lockOrder(tx, options.orderId);
    const { count } = await tx.shipment.updateMany({
      where: heldClaim(options),
      data: {
        status: "FAILED",
        failureReason: failure.reason.slice(0, 1000),
        failureKind: failure.kind,
      },
    });
    if (count === 0 || !order) return null; // taken over: the run holding the claim records
    await writeAttempts(tx, options, options.attempts ?? []);
    // Cancelled while booking: nobody waits for this parcel, and cancelling reports what matters.
    if (order.status === "CANCELLED") return order.status;
    const shipment = await tx.shipment.findUniqueOrThrow({
      where: { id: options.shipmentId },
      select: { order: { select: { number: true } }, courierAccount: { select: { name: true } } },
    });
    await tx.order.update({
      where: { id: options.orderId },
      data: { shipmentFailed: true },
      select: { id: true },
    });
    if (!options.firstFailure) return order.status;
    const e = options.error instanceof CourierError ? options.error : null;
    await createIncident(
      {
        category: "DELIVERY",
        severity: failure.retryable ? "MEDIUM" : "HIGH",
        stage: "shipment-booking",
        title: `Booking failed for order ${shipment.order.number}: ${failure.reason}`,
        orderId: options.orderId,
        context: {
          shipmentId: options.shipmentId,
          account: shipment.courierAccount?.name ?? null,
          kind: e?.kind ?? null,
          status: e?.status ?? null,
          retryable: failure.retryable,
          failureKind: failure.kind,
        },
      },
      tx,
    );
    return order.status;
  });
}
