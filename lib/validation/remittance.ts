import { pageQuery } from "@/lib/http/pagination";
import { z } from "./zod";

const heading = z.string().trim().min(1, "Give the column's heading.").max(80);

export const remittanceColumns = z.object({
  awb: heading,
  amount: heading,
  reference: heading,
  remittedAt: heading,
});

export const remittanceSettingsBody = z.object({
  lateAfterDays: z.number().int().min(1, "At least one day.").max(90, "At most 90 days."),
  columns: remittanceColumns,
});

export const courierParam = z.object({
  courier: z.enum(["SHIPROCKET", "DELHIVERY", "EKART"], "Unknown courier."),
});

/** The report itself is the body (text/csv); what it is comes in the query. */
export const remittanceUploadQuery = z.object({
  accountId: z.string().min(1).max(40),
  fileName: z.string().trim().max(200).optional(),
});

export const RECONCILIATION_STATES = [
  "REMITTED",
  "SHORT",
  "OVER",
  "UNKNOWN",
  "LATE",
  "AWAITING",
] as const;
export type ReconciliationState = (typeof RECONCILIATION_STATES)[number];

export const reconciliationFilter = z.object({
  state: z.enum(RECONCILIATION_STATES, "Unknown state.").optional(),
  courier: courierParam.shape.courier.optional(),
});

export const reconciliationRowsQuery = reconciliationFilter.extend(pageQuery.shape);
