import { recordAudit } from "@/lib/audit/record-audit";
import type { Caller } from "@/lib/auth/caller";
import { db } from "@/lib/db";
import type { LabelLayout, LabelSequence } from "@/lib/generated/prisma/enums";
import { PRINT_LABELS_JOB } from "@/lib/jobs/queue-names";
import { sendJob } from "@/lib/jobs/send-job";
import { getLabelBatch } from "./get-label-batch";
import type { LabelBatchView } from "./label-batch-view";
import { labelTargets } from "./label-targets";

export interface StartLabelBatchInput {
  caller: Caller;
  /** exactly one of the two, distinct, at most MAX_LABEL_BATCH (lib/validation/label-batch.ts) */
  orderIds?: string[];
  shipmentIds?: string[];
  layout: LabelLayout;
  sequence: LabelSequence;
}

/**
 * "Print labels" for a selection: records the batch with one item per label in print order and
 * queues the job that fetches the missing labels from the couriers and merges them, in one
 * transaction, then answers at once. The worker makes the PDF whether or not anyone keeps the
 * page open. An order never booked is listed with its reason straight away, not dropped.
 */
export async function startLabelBatch(input: StartLabelBatchInput): Promise<LabelBatchView> {
  const { caller, layout, sequence } = input;
  const targets = await labelTargets({ ...input, viewer: caller });
  const batchId = await db.$transaction(async (tx) => {
    const batch = await tx.labelBatch.create({
      data: { createdById: caller.id, layout, sequence, total: targets.length },
      select: { id: true },
    });
    await tx.labelBatchItem.createMany({
      data: targets.map((target, position) => ({ batchId: batch.id, position, ...target })),
    });
    const jobId = await sendJob(PRINT_LABELS_JOB, { batchId: batch.id }, { tx });
    await tx.labelBatch.update({ where: { id: batch.id }, data: { jobId }, select: { id: true } });
    await recordAudit(tx, {
      actorId: caller.id,
      action: "label_batch.start",
      entityType: "LabelBatch",
      entityId: batch.id,
      details: { labels: targets.length, layout, sequence },
    });
    return batch.id;
  });
  return getLabelBatch({ batchId, viewer: caller });
}
