import { db, type Tx } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors/app-error";
import type { ReturnStatus } from "@/lib/generated/prisma/enums";
import { BOOK_RETURN_PICKUP_JOB } from "@/lib/jobs/queue-names";
import { sendJob } from "@/lib/jobs/send-job";
import { log } from "@/lib/observability/logger";

export interface ReturnDecider {
  id: string;
}

/**
 * Ops approve a requested return: REQUESTED → APPROVED with who and when, and the reverse
 * pickup's booking job queued in the same transaction (it exists if and only if the approval
 * does). The write is conditional on REQUESTED, so a double click approves once and queues one
 * booking; the second click gets a sentence.
 */
export async function approveReturnRequest(id: string, by: ReturnDecider) {
  return db.$transaction(async (tx) => {
    await decide(tx, id, ["REQUESTED"], "approved", {
      status: "APPROVED",
      decidedById: by.id,
      decidedAt: new Date(),
    });
    await sendJob(
      BOOK_RETURN_PICKUP_JOB,
      { returnRequestId: id },
      { tx, singletonKey: `return-pickup:${id}` },
    );
    log.info("return approved", { returnRequestId: id });
    return { id, status: "APPROVED" as const };
  });
}

/** Ops refuse a requested return, with the reason the customer will be given. */
export async function refuseReturnRequest(id: string, reason: string, by: ReturnDecider) {
  return db.$transaction(async (tx) => {
    await decide(tx, id, ["REQUESTED"], "refused", {
      status: "REFUSED",
      refusalReason: reason,
      decidedById: by.id,
      decidedAt: new Date(),
    });
    return { id, status: "REFUSED" as const };
  });
}

/**
 * Ops cancel a return the customer no longer wants, while no pickup is booked: once a courier
 * holds a reverse booking, the parcel's journey decides (cancel it with the courier first).
 */
export async function cancelReturnRequest(id: string, by: ReturnDecider) {
  return db.$transaction(async (tx) => {
    await decide(tx, id, ["REQUESTED", "APPROVED"], "cancelled", {
      status: "CANCELLED",
      decidedById: by.id,
      decidedAt: new Date(),
    });
    return { id, status: "CANCELLED" as const };
  });
}

async function decide(
  tx: Tx,
  id: string,
  from: ReturnStatus[],
  what: string,
  data: { status: ReturnStatus; decidedById: string; decidedAt: Date; refusalReason?: string },
): Promise<void> {
  // An approved return whose booking is under way is not cancelled under the booker's feet.
  // One refused outright by the courier booked nothing and may be cancelled.
  const inFlight =
    what === "cancelled"
      ? {
          OR: [
            { shipment: { is: null } },
            { shipment: { is: { status: "FAILED" as const, failureKind: "REFUSED" as const } } },
          ],
        }
      : {};
  // Row lock first, then the conditional write as a statement of its own: a booking that claimed
  // the return meanwhile (its reverse shipment created under this lock) is seen, not missed by
  // an older snapshot.
  await tx.$queryRaw`SELECT 1 FROM "ReturnRequest" WHERE id = ${id} FOR UPDATE`;
  const { count } = await tx.returnRequest.updateMany({
    where: { id, status: { in: from }, ...inFlight },
    data,
  });
  if (count === 1) return;
  const current = await tx.returnRequest.findUnique({
    where: { id },
    select: { status: true, order: { select: { number: true } } },
  });
  if (!current) throw notFound("The return request");
  throw new AppError(
    "CONFLICT",
    current.status === data.status
      ? `The return for order ${current.order.number} is already ${what}.`
      : `The return for order ${current.order.number} is ${current.status.toLowerCase().replace(/_/g, " ")}, so it cannot be ${what} now.`,
    { details: { status: current.status } },
  );
}
