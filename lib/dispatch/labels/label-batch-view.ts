import type { Viewer } from "@/lib/auth/viewer";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { LabelBatchState, LabelLayout, LabelSequence } from "@/lib/generated/prisma/enums";

/** A batch as "Print labels" polls it: its progress, and every label it could not print. */
export interface LabelBatchView {
  id: string;
  layout: LabelLayout;
  sequence: LabelSequence;
  state: LabelBatchState;
  total: number;
  /** labels in hand or reported: the "n of total" while the worker fetches */
  fetched: number;
  /** labels in the PDF, once made */
  printed: number;
  pageCount: number | null;
  failureReason: string | null;
  /** the PDF's address, once it is made and holds a label */
  downloadUrl: string | null;
  skipped: { position: number; orderNumber: string; reason: string }[];
  createdAt: string;
}

/** A packer sees the batches they started; ops and admins every batch. */
export function labelBatchesVisibleTo(viewer: Viewer): Prisma.LabelBatchWhereInput {
  return viewer.role === "PACKER" ? { createdById: viewer.id } : {};
}
