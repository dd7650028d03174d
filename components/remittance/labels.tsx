import type { CourierCode } from "@/lib/generated/prisma/enums";
import type { ReconciliationState } from "@/lib/validation/remittance";

export const STATE_LABEL: Record<ReconciliationState, string> = {
  REMITTED: "Remitted",
  SHORT: "Short",
  OVER: "Over-remitted",
  UNKNOWN: "Unknown AWB",
  LATE: "Late / missing",
  AWAITING: "Not yet due",
};

export const STATE_TONE: Record<ReconciliationState, string> = {
  REMITTED: "bg-emerald-50 text-emerald-800 ring-emerald-200",
  SHORT: "bg-red-50 text-red-800 ring-red-200",
  OVER: "bg-amber-50 text-amber-900 ring-amber-200",
  UNKNOWN: "bg-amber-50 text-amber-900 ring-amber-200",
  LATE: "bg-red-50 text-red-800 ring-red-200",
  AWAITING: "bg-slate-100 text-slate-700 ring-slate-200",
};

export const COURIER_LABEL: Record<CourierCode, string> = {
  SHIPROCKET: "Shiprocket",
  DELHIVERY: "Delhivery",
  EKART: "Ekart",
};

export function StateBadge({ state }: { state: ReconciliationState }) {
  return (
    <span
      className={`inline-flex rounded-full px-2 py-0.5 text-xs font-semibold ring-1 ${STATE_TONE[state]}`}
    >
      {STATE_LABEL[state]}
    </span>
  );
}
