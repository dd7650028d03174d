import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors/app-error";
import { labelBatchesVisibleTo, type LabelBatchView } from "./label-batch-view";

/** One label batch's progress and outcome, as "Print labels" reads it every two seconds. */
export async function getLabelBatch(input: {
  batchId: string;
  viewer: Viewer;
}): Promise<LabelBatchView> {
  const batch = await db.labelBatch.findFirst({
    where: { id: input.batchId, ...labelBatchesVisibleTo(input.viewer) },
    select: {
      id: true,
      layout: true,
      sequence: true,
      state: true,
      total: true,
      pageCount: true,
      failureReason: true,
      createdAt: true,
      items: {
        where: { reason: { not: null } },
        orderBy: { position: "asc" },
        select: { position: true, orderNumber: true, reason: true },
      },
    },
  });
  if (!batch) throw notFound("The label batch");
  const ready = await db.labelBatchItem.count({ where: { batchId: batch.id, ready: true } });
  const { items, createdAt, ...rest } = batch;
  const done = batch.state === "DONE";
  return {
    ...rest,
    fetched: ready + items.length,
    printed: done ? ready : 0,
    downloadUrl: done && ready > 0 ? `/api/label-batches/${batch.id}/pdf` : null,
    skipped: items.map((item) => ({ ...item, reason: item.reason! })),
    createdAt: createdAt.toISOString(),
  };
}
