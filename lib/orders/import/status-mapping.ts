import { z } from "zod";

// How a store's order status decides what the import does with the order:
//  PLACED    → import it (new orders land Placed; known orders still Placed get the store's edits)
//  CANCELLED → do not import it; a known order that can still be cancelled is cancelled
//  SKIP      → ignore it (e.g. awaiting payment; a later sync imports it once it changes)
export const importActions = ["PLACED", "CANCELLED", "SKIP"] as const;
export type ImportAction = (typeof importActions)[number];

export const statusMappingSchema = z
  .record(
    z
      .string()
      .trim()
      .min(1)
      .max(50)
      .transform((s) => s.toLowerCase()),
    z.enum(importActions, { message: "must be PLACED, CANCELLED or SKIP" }),
  )
  .refine((m) => Object.keys(m).length <= 50, "at most 50 store statuses");

export type StatusMapping = z.infer<typeof statusMappingSchema>;

/** Used for any store status the admin has not mapped. */
export const DEFAULT_STATUS_MAPPING: StatusMapping = {
  pending: "SKIP",
  pending_payment: "SKIP",
  confirmed: "PLACED",
  paid: "PLACED",
  processing: "PLACED",
  cancelled: "CANCELLED",
  canceled: "CANCELLED",
  refunded: "CANCELLED",
};

export function resolveImportAction(mapping: StatusMapping, storeStatus: string): ImportAction {
  const status = storeStatus.toLowerCase();
  return mapping[status] ?? DEFAULT_STATUS_MAPPING[status] ?? "SKIP";
}

/** A stored mapping that no longer parses (hand-edited row) falls back to the defaults. */
export function readStatusMapping(stored: unknown): StatusMapping {
  const parsed = statusMappingSchema.safeParse(stored);
  return parsed.success ? parsed.data : {};
}
