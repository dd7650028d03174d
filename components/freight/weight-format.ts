import type { WeightDisputeStatus } from "@/lib/generated/prisma/enums";

/** Grams as kilograms to the gram: "1.250 kg". */
export const kg = (grams: number) => `${(grams / 1000).toFixed(3)} kg`;

export const DISPUTE_LABEL: Record<WeightDisputeStatus, string> = {
  OPEN: "Dispute open",
  SUBMITTED: "Submitted to courier",
  ACCEPTED: "Accepted by courier",
  REJECTED: "Rejected by courier",
  EXPIRED: "Expired",
};

export const DISPUTE_TONE: Record<WeightDisputeStatus | "NONE", string> = {
  NONE: "bg-red-50 text-red-800 ring-red-200",
  OPEN: "bg-amber-50 text-amber-900 ring-amber-200",
  SUBMITTED: "bg-sky-50 text-sky-900 ring-sky-200",
  ACCEPTED: "bg-emerald-50 text-emerald-900 ring-emerald-200",
  REJECTED: "bg-slate-100 text-slate-800 ring-slate-300",
  EXPIRED: "bg-slate-100 text-slate-800 ring-slate-300",
};
