import type { Role } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { DISPATCH_HANDOVER_JOB } from "@/lib/jobs/queue-names";
import { sendJob } from "@/lib/jobs/send-job";
import { findVisibleHandover } from "./handover-access";
import type { HandoverJobData } from "./handover-job";

/**
 * Asks again for the pickup of a closed handover whose courier refused the first request (or
 * to move it to another day before it is scheduled). The request and its job commit together;
 * a pickup already scheduled is not asked twice.
 */
export async function requestPickup(input: {
  handoverId: string;
  pickup: { date: string; slot: string };
  user: { role: Role };
}): Promise<{ id: string; pickupStatus: "REQUESTED" }> {
  const handover = await findVisibleHandover(input.handoverId, input.user);
  if (handover.status === "OPEN")
    throw new AppError(
      "CONFLICT",
      "Close the handover first: its pickup is asked for with the close.",
    );
  return db.$transaction(async (tx) => {
    const { count } = await tx.handover.updateMany({
      where: { id: handover.id, pickupStatus: { in: ["FAILED", "REQUESTED"] } },
      data: {
        pickupStatus: "REQUESTED",
        pickupDate: input.pickup.date,
        pickupSlot: input.pickup.slot,
        pickupRequestedAt: new Date(),
        pickupError: null,
      },
    });
    if (count === 0)
      throw new AppError(
        "CONFLICT",
        `${handover.courierAccount.name} has already scheduled this pickup; call them to change it.`,
      );
    const job: HandoverJobData = { handoverId: handover.id, step: "pickup" };
    await sendJob(DISPATCH_HANDOVER_JOB, job, { tx });
    return { id: handover.id, pickupStatus: "REQUESTED" as const };
  });
}
