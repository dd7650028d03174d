import { db } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors/app-error";
import type {
  BookingFailureKind,
  OrderStatus,
  ShipmentDirection,
  ShipmentStatus,
} from "@/lib/generated/prisma/enums";

/** How long a claimed booking is considered in flight before another worker may take it over. */
export const BOOKING_LEASE_MS = 5 * 60_000;

/** Is a claim last written at `updatedAt` still held by a booker that may be working? */
export const leaseHeld = (updatedAt: Date) => updatedAt.getTime() > Date.now() - BOOKING_LEASE_MS;

/** The reference an attempt books under by default: order number, direction, attempt. */
export const attemptReference = (
  orderNumber: string,
  direction: ShipmentDirection,
  attempt: number,
) => `${orderNumber}-${direction === "FORWARD" ? "F" : "R"}${attempt}`;

/** The reference a shipment was last booked under (its attempt's own, for rows from before). */
export const shipmentReference = (
  orderNumber: string,
  s: { bookingReference: string | null; idempotencyKey: string; direction: ShipmentDirection },
) =>
  s.bookingReference ??
  attemptReference(orderNumber, s.direction, Number(s.idempotencyKey.split(":")[2] ?? 1));

const shipmentSelect = {
  id: true,
  idempotencyKey: true,
  status: true,
  awb: true,
  attempts: true,
  courierAccountId: true,
  choiceReason: true,
  serviceName: true,
  failureReason: true,
  failureKind: true,
  bookingReference: true,
  staleReference: true,
  bookingJobId: true,
  updatedAt: true,
  courierAccount: { select: { courier: true } },
} as const;

export interface ClaimedShipment {
  id: string;
  idempotencyKey: string;
  status: ShipmentStatus;
  awb: string | null;
  attempts: number;
  courierAccountId: string | null;
  choiceReason: string | null;
  serviceName: string | null;
  failureReason: string | null;
  failureKind: BookingFailureKind | null;
  bookingReference: string | null;
  staleReference: string | null;
  bookingJobId: string | null;
  updatedAt: Date;
  courierAccount: { courier: string } | null;
}

export type Claim =
  | {
      kind: "claimed";
      shipment: ClaimedShipment;
      attempt: number;
      previous: ShipmentStatus | null;
      /** Packline's reference for the courier (the courier's order number) */
      reference: string;
      /** an earlier attempt under this reference may have booked at the courier */
      mayExist: boolean;
      /** a booking the courier may hold with an address since corrected: cancel it first */
      stale: StaleBooking | null;
    }
  | { kind: "existing"; shipment: ClaimedShipment; inFlight: boolean };

export interface StaleBooking {
  reference: string;
  courierAccountId: string;
}

export interface ClaimOptions {
  /** the booking job running this, so that job's next run can take over a claim it left */
  jobId?: string | null;
  /** ops checked the courier's panel: book under a new reference, without looking up the old */
  freshReference?: boolean;
}

/**
 * Insert-or-get the one shipment of an order and direction, before any courier is called. The
 * order row lock serialises concurrent bookers and the idempotency key (order + direction +
 * attempt, the attempt counting cancelled shipments) is unique, so of 50 concurrent bookings
 * one claims the row and the rest get it back: booked, or in flight under a lease. A FAILED or
 * abandoned (lease expired) booking is claimed again; where an earlier attempt may have booked,
 * the booker looks it up at the courier before booking anew (place-booking.ts). A booking job's later run (`jobId`: its earlier run was cut short, the
 * worker died) takes over its own claim at once: pg-boss starts a job's next run only once the
 * previous one is settled, and a run that still writes late is refused by record-booking.ts.
 * The reference goes with the claim: the attempt's own, or a new one when ops asked to book
 * afresh a booking that a courier without lookup may hold (`freshReference`), or when the
 * booking the courier may hold carries an address ops corrected since (`stale`, cancelled first).
 */
export async function claimShipment(
  orderId: string,
  direction: ShipmentDirection,
  options: ClaimOptions = {},
): Promise<Claim> {
  const jobId = options.jobId ?? null;
  return db.$transaction(
    async (tx) => {
      const [order] = await tx.$queryRaw<{ status: OrderStatus; number: string }[]>`
      SELECT status, number FROM "Order" WHERE id = ${orderId} FOR UPDATE`;
      if (!order) throw notFound("The order");
      const mustBePacked = () => {
        if (direction === "FORWARD" && order.status !== "PACKED") throw notBookable(order);
      };
      const cancelled = await tx.shipment.count({
        where: { orderId, direction, status: "CANCELLED" },
      });
      const attempt = cancelled + 1;
      const idempotencyKey = `${orderId}:${direction}:${attempt}`;
      const ownReference = attemptReference(order.number, direction, attempt);
      const existing = await tx.shipment.findUnique({
        where: { idempotencyKey },
        select: shipmentSelect,
      });
      if (existing) {
        const leased = leaseHeld(existing.updatedAt);
        const heldByThisJob = jobId !== null && existing.bookingJobId === jobId;
        const inFlight =
          existing.status === "PENDING" && existing.attempts > 0 && leased && !heldByThisJob;
        if (inFlight || (existing.status !== "PENDING" && existing.status !== "FAILED"))
          return { kind: "existing", shipment: existing, inFlight };
        // A failed or abandoned booking is only taken up again while the order still waits to ship.
        mustBePacked();
        const stale =
          existing.staleReference && existing.courierAccountId
            ? { reference: existing.staleReference, courierAccountId: existing.courierAccountId }
            : null;
        const reference =
          options.freshReference || stale
            ? `${ownReference}-${existing.attempts + 1}`
            : (existing.bookingReference ?? ownReference);
        const shipment = await tx.shipment.update({
          where: { id: existing.id },
          data: {
            status: "PENDING",
            attempts: { increment: 1 },
            failureReason: null,
            failureKind: null,
            bookingReference: reference,
            bookingJobId: jobId,
          },
          select: shipmentSelect,
        });
        // An abandoned run, or a failure whose answer was lost, may have booked under the reference.
        const mayExist =
          !options.freshReference &&
          !stale &&
          (existing.status === "PENDING" || existing.failureKind !== "REFUSED");
        return {
          kind: "claimed",
          shipment,
          attempt,
          previous: existing.status,
          reference,
          mayExist,
          stale,
        };
      }
      mustBePacked();
      const shipment = await tx.shipment.create({
        data: {
          orderId,
          direction,
          idempotencyKey,
          status: "PENDING",
          attempts: 1,
          bookingReference: ownReference,
          bookingJobId: jobId,
        },
        select: shipmentSelect,
      });
      return {
        kind: "claimed",
        shipment,
        attempt,
        previous: null,
        reference: ownReference,
        mayExist: false,
        stale: null,
      };
      // Concurrent bookers queue on the order lock, each holding a connection: allow them time.
    },
    { maxWait: 30_000, timeout: 30_000 },
  );
}

function notBookable(order: { status: OrderStatus; number: string }): AppError {
  const sentence =
    order.status === "CANCELLED"
      ? `Order ${order.number} is cancelled, so it cannot be booked with a courier.`
      : `Only a packed order can be booked with a courier; order ${order.number} is ${order.status.toLowerCase()}.`;
  return new AppError("ILLEGAL_TRANSITION", sentence, { details: { currentStatus: order.status } });
}
