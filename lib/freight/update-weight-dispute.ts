import { db } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors/app-error";
import type { WeightDisputeStatus } from "@/lib/generated/prisma/enums";
import { formatIstDeadline } from "./dispute-deadline";

// Where a dispute may go from each status: ops submit it to the courier before the deadline,
// then record the courier's answer. Expired, accepted and rejected are final (notes still go in).
const NEXT: Record<WeightDisputeStatus, readonly WeightDisputeStatus[]> = {
  OPEN: ["SUBMITTED"],
  SUBMITTED: ["ACCEPTED", "REJECTED"],
  ACCEPTED: [],
  REJECTED: [],
  EXPIRED: [],
};

export interface UpdateWeightDisputeInput {
  disputeId: string;
  /** null: a note only */
  status: WeightDisputeStatus | null;
  note: string | null;
  by: { name: string };
  now?: Date;
}

/** Moves a dispute on (conditional on the status read, so two clicks move it once) or notes it. */
export async function updateWeightDispute(
  input: UpdateWeightDisputeInput,
): Promise<{ status: WeightDisputeStatus }> {
  const dispute = await db.weightDispute.findUnique({
    where: { id: input.disputeId },
    select: { id: true, status: true, deadlineAt: true },
  });
  if (!dispute) throw notFound("That dispute");
  const to = input.status;
  if (to === null && !input.note)
    throw new AppError("VALIDATION", "Write a note or choose a status.");
  if (to !== null && !NEXT[dispute.status].includes(to))
    throw new AppError(
      "ILLEGAL_TRANSITION",
      `A dispute that is ${dispute.status.toLowerCase()} cannot become ${to.toLowerCase()}.`,
    );
  if (to === "SUBMITTED" && dispute.deadlineAt <= (input.now ?? new Date()))
    throw new AppError(
      "CONFLICT",
      `The courier's deadline passed on ${formatIstDeadline(dispute.deadlineAt)}: it will not hear this dispute.`,
    );
  return db.$transaction(async (tx) => {
    if (to !== null) {
      const moved = await tx.weightDispute.updateMany({
        where: { id: dispute.id, status: dispute.status },
        data: { status: to },
      });
      if (moved.count === 0)
        throw new AppError("STALE_VERSION", "Someone changed this dispute meanwhile: reload it.");
    }
    await tx.weightDisputeEvent.create({
      data: {
        disputeId: dispute.id,
        status: to ?? dispute.status,
        note: input.note,
        byName: input.by.name,
      },
      select: { id: true },
    });
    return { status: to ?? dispute.status };
  });
}
