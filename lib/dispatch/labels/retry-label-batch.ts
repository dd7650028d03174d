import { recordAudit } from "@/lib/audit/record-audit";
import type { Caller } from "@/lib/auth/caller";
import { db } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors/app-error";
import { PRINT_LABELS_JOB } from "@/lib/jobs/queue-names";
import { sendJob } from "@/lib/jobs/send-job";
import { getLabelBatch } from "./get-label-batch";
import { labelBatchesVisibleTo, type LabelBatchView } from "./label-batch-view";

/**
 * "Try again" on a FAILED batch: back to QUEUED with a new labels-print job, in one transaction.
 * Its items' reasons are cleared (except an order never booked, which has no shipment to ask),
 * so the job asks again for every label not in hand; labels fetched before are cached on their
 * shipments and not fetched twice. The write is conditional on the batch being FAILED: of two
 * clicks, the second finds it QUEUED and queues nothing.
 */
export async function retryLabelBatch(input: {
  batchId: string;
  caller: Caller;
}): Promise<LabelBatchView> {
  const { batchId, caller } = input;
  await db.$transaction(async (tx) => {
    const batch = await tx.labelBatch.findFirst({
      where: { id: batchId, ...labelBatchesVisibleTo(caller) },
      select: { state: true },
    });
    if (!batch) throw notFound("The label batch");
    if (batch.state === "DONE")
      throw new AppError("CONFLICT", "These labels were made: download the PDF instead.");
    const { count } = await tx.labelBatch.updateMany({
      where: { id: batchId, state: "FAILED" },
      data: { state: "QUEUED", failureReason: null, finishedAt: null },
    });
    if (count === 0) return; // already queued again by another click
    await tx.labelBatchItem.updateMany({
      where: { batchId, ready: false, shipmentId: { not: null } },
      data: { reason: null },
    });
    const jobId = await sendJob(PRINT_LABELS_JOB, { batchId }, { tx });
    await tx.labelBatch.update({ where: { id: batchId }, data: { jobId }, select: { id: true } });
    await recordAudit(tx, {
      actorId: caller.id,
      action: "label_batch.retry",
      entityType: "LabelBatch",
      entityId: batchId,
      details: {},
    });
  });
  return getLabelBatch({ batchId, viewer: caller });
}
