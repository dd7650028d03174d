import type { Role } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { DISPATCH_HANDOVER_JOB } from "@/lib/jobs/queue-names";
import { sendJob } from "@/lib/jobs/send-job";
import { findVisibleHandover } from "./handover-access";
import type { HandoverJobData } from "./handover-job";

export interface ClosedHandover {
  id: string;
  status: "CLOSING" | "CLOSED";
  parcels: number;
}

/**
 * Closes a handover at the dock: no more scans, and a job on the worker asks the courier to
 * collect on the chosen date and window, then for its manifest, and prints Packline's. The close and the job commit together, under the handover's
 * lock, so a scan racing the close either lands before it or is refused; closing twice (a double
 * tap, a second tablet) answers the close already made.
 */
export async function closeHandover(input: {
  handoverId: string;
  /** the courier's pickup asked for with the close: date (IST) and window */
  pickup: { date: string; slot: string };
  user: { id: string; name: string; role: Role };
}): Promise<ClosedHandover> {
  const handover = await findVisibleHandover(input.handoverId, input.user);
  return db.$transaction(async (tx) => {
    const [locked] = await tx.$queryRaw<{ status: "OPEN" | "CLOSING" | "CLOSED" }[]>`
      SELECT status FROM "Handover" WHERE id = ${handover.id} FOR UPDATE`;
    const parcels = await tx.handoverParcel.count({ where: { handoverId: handover.id } });
    if (locked!.status !== "OPEN") return { id: handover.id, status: locked!.status, parcels };
    if (parcels === 0)
      throw new AppError(
        "VALIDATION",
        `Scan at least one parcel into the ${handover.courierAccount.name} handover before closing it.`,
      );
    await tx.handover.update({
      where: { id: handover.id },
      data: {
        status: "CLOSING",
        closedAt: new Date(),
        closedById: input.user.id,
        closedByName: input.user.name,
        pickupStatus: "REQUESTED",
        pickupDate: input.pickup.date,
        pickupSlot: input.pickup.slot,
        pickupRequestedAt: new Date(),
      },
    });
    const job: HandoverJobData = { handoverId: handover.id, step: "close" };
    await sendJob(DISPATCH_HANDOVER_JOB, job, { tx });
    return { id: handover.id, status: "CLOSING", parcels };
  });
}
