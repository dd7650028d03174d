import { db } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors/app-error";
import type {
  BookingFailureKind,
  ReturnStatus,
  ShipmentStatus,
} from "@/lib/generated/prisma/enums";
import { leaseHeld } from "@/lib/shipping/claim-shipment";

export type ReturnPickupClaim =
  | {
      kind: "claimed";
      shipmentId: string;
      attempts: number;
      orderId: string;
      courierAccountId: string;
      reference: string;
      /** an earlier attempt under this reference may have booked at the courier */
      mayExist: boolean;
      items: { orderItemId: string; quantity: number }[];
    }
  | { kind: "existing"; shipmentId: string; status: ShipmentStatus; inFlight: boolean }
  | { kind: "not-approved"; status: ReturnStatus };

const shipmentSelect = {
  id: true,
  status: true,
  attempts: true,
  failureKind: true,
  bookingJobId: true,
  bookingReference: true,
  courierAccountId: true,
  updatedAt: true,
} as const;

/**
 * Insert-or-get the reverse shipment of an approved return, on the locked return row, before any
 * courier is called: of two runs (a double approve's jobs, a retry) one claims the row and the
 * other gets it back, booked or in flight under the booking lease, exactly as forward bookings
 * (claim-shipment.ts). The return is collected by the courier that delivered the order.
 */
export async function claimReturnPickup(
  returnRequestId: string,
  jobId: string | null,
): Promise<ReturnPickupClaim> {
  return db.$transaction(async (tx) => {
    const [ret] = await tx.$queryRaw<{ status: ReturnStatus; orderId: string }[]>`
      SELECT status, "orderId" FROM "ReturnRequest" WHERE id = ${returnRequestId} FOR UPDATE`;
    if (!ret) throw notFound("The return request");
    const existing = await tx.shipment.findUnique({
      where: { returnRequestId },
      select: shipmentSelect,
    });
    if (existing && existing.status !== "PENDING" && existing.status !== "FAILED")
      return {
        kind: "existing",
        shipmentId: existing.id,
        status: existing.status,
        inFlight: false,
      };
    if (ret.status !== "APPROVED") return { kind: "not-approved", status: ret.status };
    const items = await tx.returnRequestItem.findMany({
      where: { returnRequestId },
      select: { orderItemId: true, quantity: true },
    });
    if (existing) {
      // A later run of the job holding the claim takes it over at once (its earlier run died).
      const heldByThisJob = jobId !== null && existing.bookingJobId === jobId;
      const inFlight =
        existing.status === "PENDING" &&
        existing.attempts > 0 &&
        leaseHeld(existing.updatedAt) &&
        !heldByThisJob;
      if (inFlight)
        return { kind: "existing", shipmentId: existing.id, status: existing.status, inFlight };
      const claimed = await tx.shipment.update({
        where: { id: existing.id },
        data: { status: "PENDING", attempts: { increment: 1 }, bookingJobId: jobId },
        select: { attempts: true },
      });
      return {
        kind: "claimed",
        shipmentId: existing.id,
        attempts: claimed.attempts,
        orderId: ret.orderId,
        courierAccountId: existing.courierAccountId!,
        reference: existing.bookingReference!,
        mayExist: mayHaveBooked(existing.status, existing.failureKind),
        items,
      };
    }
    const order = await tx.order.findUniqueOrThrow({
      where: { id: ret.orderId },
      select: {
        number: true,
        shipments: {
          where: { direction: "FORWARD", awb: { not: null }, status: { not: "CANCELLED" } },
          orderBy: { createdAt: "desc" },
          take: 1,
          select: { courierAccountId: true },
        },
      },
    });
    const courierAccountId = order.shipments[0]?.courierAccountId;
    if (!courierAccountId)
      throw new AppError(
        "CONFLICT",
        `Order ${order.number} has no courier booking to book its return with; book the return pickup in the courier's panel.`,
      );
    const earlier = await tx.shipment.count({
      where: { orderId: ret.orderId, direction: "REVERSE" },
    });
    const reference = `${order.number}-R${earlier + 1}`;
    const created = await tx.shipment.create({
      data: {
        orderId: ret.orderId,
        direction: "REVERSE",
        returnRequestId,
        courierAccountId,
        idempotencyKey: `${ret.orderId}:REVERSE:${returnRequestId}`,
        status: "PENDING",
        attempts: 1,
        bookingReference: reference,
        bookingJobId: jobId,
        choiceReason: "Collected by the courier that delivered the order",
      },
      select: { id: true },
    });
    return {
      kind: "claimed",
      shipmentId: created.id,
      attempts: 1,
      orderId: ret.orderId,
      courierAccountId,
      reference,
      mayExist: false,
      items,
    };
  });
}

/** An abandoned run, or a failure whose answer was lost, may have booked under the reference. */
const mayHaveBooked = (status: ShipmentStatus, kind: BookingFailureKind | null) =>
  status === "PENDING" || kind !== "REFUSED";
