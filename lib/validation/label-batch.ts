import { z } from "./zod";

// Schemas of the batch label API (lib/dispatch/labels), shared by the routes and "Print labels".

/** The most labels one batch takes: a day's dispatch of a busy dock, merged in a few seconds. */
export const MAX_LABEL_BATCH = 500;

export const labelLayouts = ["THERMAL_4X6", "A4_FOUR_UP"] as const;
export const labelSequences = ["SCAN", "PACK"] as const;

export const LABEL_LAYOUT_NAME: Record<(typeof labelLayouts)[number], string> = {
  THERMAL_4X6: "4×6 thermal",
  A4_FOUR_UP: "A4, four per page",
};
export const LABEL_SEQUENCE_NAME: Record<(typeof labelSequences)[number], string> = {
  SCAN: "as selected",
  PACK: "in packing order",
};

const layout = z.enum(labelLayouts, {
  message: "Choose the label layout: THERMAL_4X6 or A4_FOUR_UP.",
});

const ids = (what: string) =>
  z
    .array(z.string().trim().min(1).max(64), { message: `Send the ${what} as a list of ids.` })
    .min(1, `Select at least one ${what.replace(/s$/, "")} to print a label for.`)
    .max(
      MAX_LABEL_BATCH,
      `One batch prints at most ${MAX_LABEL_BATCH} labels: print the rest in a second batch.`,
    )
    .refine(
      (list) => new Set(list).size === list.length,
      `A ${what.replace(/s$/, "")} was selected twice.`,
    );

/**
 * POST /api/label-batches: the orders (order list, pack queue) or the shipments (the dock, by
 * AWB scan) to print, in the order given, and how.
 */
export const startLabelBatchBody = z
  .object({
    orderIds: ids("orders").optional(),
    shipmentIds: ids("shipments").optional(),
    layout,
    sequence: z
      .enum(labelSequences, { message: "Choose the order: SCAN or PACK." })
      .default("SCAN"),
  })
  .refine((b) => (b.orderIds ? 1 : 0) + (b.shipmentIds ? 1 : 0) === 1, {
    message: "Send either orderIds or shipmentIds, not both.",
    path: ["orderIds"],
  });
export type StartLabelBatchBody = z.input<typeof startLabelBatchBody>;

export const labelBatchIdParams = z.object({ id: z.string().trim().min(1).max(64) });

/** GET /api/shipments/{id}/label: the label as the courier issued it, or laid out for a printer. */
export const labelQuery = z.object({ layout: layout.optional() });
