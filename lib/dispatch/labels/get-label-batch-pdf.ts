import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors/app-error";
import { labelBatchesVisibleTo } from "./label-batch-view";

/** The merged PDF of a finished label batch, for download. */
export async function getLabelBatchPdf(input: {
  batchId: string;
  viewer: Viewer;
}): Promise<{ pdf: Uint8Array; filename: string }> {
  const batch = await db.labelBatch.findFirst({
    where: { id: input.batchId, ...labelBatchesVisibleTo(input.viewer) },
    select: { state: true, pdf: true, layout: true, createdAt: true },
  });
  if (!batch) throw notFound("The label batch");
  if (batch.state === "QUEUED")
    throw new AppError("CONFLICT", "The labels are still being prepared: try again in a moment.");
  if (batch.state === "FAILED" || !batch.pdf)
    throw new AppError("CONFLICT", "This batch has no labels to download: see the reasons listed.");
  const stamp = batch.createdAt.toISOString().slice(0, 16).replace(/[-:T]/g, "");
  const size = batch.layout === "THERMAL_4X6" ? "4x6" : "a4";
  return { pdf: batch.pdf, filename: `labels-${stamp}-${size}.pdf` };
}
