import { db } from "@/lib/db";
import type { LabelLayout } from "@/lib/generated/prisma/enums";
import { fetchBatchLabels } from "./fetch-batch-labels";
import { mergeLabels, type LabelSource } from "./merge-labels";

// Labels read from the database at a time while merging: a few hundred kB, never all 500.
const READ_AHEAD = 20;

/**
 * The label batch job's work: fetch the labels not yet in hand, then merge them into one PDF
 * stored on the batch. Safe to run again: fetched labels are cached on their shipments, the
 * merge starts afresh, and the batch is finished by a write conditional on it still being
 * QUEUED, so a run taken for dead that finishes late writes nothing twice.
 */
export async function makeLabelBatch(input: { batchId: string; lastRun: boolean }): Promise<void> {
  const batch = await db.labelBatch.findUnique({
    where: { id: input.batchId },
    select: { state: true, layout: true, createdBy: { select: { id: true, role: true } } },
  });
  if (!batch || batch.state !== "QUEUED") return;
  const retry = await fetchBatchLabels({ ...input, viewer: batch.createdBy });
  if (retry > 0)
    throw new Error(
      `${retry} labels of batch ${input.batchId} could not be fetched yet; retrying.`,
    );
  await mergeBatch(input.batchId, batch.layout);
}

async function mergeBatch(batchId: string, layout: LabelLayout): Promise<void> {
  const merged = await mergeLabels(layout, readyLabels(batchId));
  await db.$transaction(async (tx) => {
    const finished = await tx.labelBatch.updateMany({
      where: { id: batchId, state: "QUEUED" },
      data: {
        state: "DONE",
        pdf: merged.pdf ? new Uint8Array(merged.pdf) : null,
        pageCount: merged.sheets,
        finishedAt: new Date(),
      },
    });
    if (finished.count === 0) return;
    for (const { key, reason } of merged.unreadable)
      await tx.labelBatchItem.update({
        where: { id: key },
        data: { ready: false, reason: `The courier's label could not be read: ${reason}.` },
        select: { id: true },
      });
  });
}

/** The batch's labels in print order, a few at a time, so the merge holds one source at once. */
async function* readyLabels(batchId: string): AsyncGenerator<LabelSource> {
  for (let after = -1; ;) {
    const items = await db.labelBatchItem.findMany({
      where: { batchId, ready: true, position: { gt: after } },
      orderBy: { position: "asc" },
      take: READ_AHEAD,
      select: { id: true, position: true, shipment: { select: { labelPdf: true } } },
    });
    for (const item of items)
      if (item.shipment?.labelPdf) yield { key: item.id, pdf: item.shipment.labelPdf };
    if (items.length < READ_AHEAD) return;
    after = items[items.length - 1]!.position;
  }
}

/**
 * A batch whose job gave up: its reason shown, nothing half-made offered for download. Only
 * while the batch is still this job's: a late run of a job "Try again" replaced fails nothing.
 */
export async function failLabelBatch(batchId: string, jobId: string, reason: string) {
  await db.labelBatch.updateMany({
    where: { id: batchId, state: "QUEUED", jobId },
    data: { state: "FAILED", failureReason: reason, finishedAt: new Date() },
  });
}
