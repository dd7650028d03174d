import { CONFIRMATION_LABEL } from "@/lib/cod-confirmation/confirmation-labels";
import type { CodConfirmation } from "@/lib/generated/prisma/enums";

const TONE: Record<CodConfirmation, string> = {
  NOT_NEEDED: "",
  CHECKING: "bg-slate-100 text-slate-800",
  AWAITING: "bg-amber-100 text-amber-900",
  NO_ANSWER: "bg-red-100 text-red-800",
  CONFIRMED: "bg-emerald-100 text-emerald-900",
  CANCELLED: "bg-slate-200 text-slate-800",
};

/** The order's COD confirmation on the list and the order page; nothing when none was needed. */
export function ConfirmationBadge({ state }: { state: CodConfirmation }) {
  if (state === "NOT_NEEDED") return null;
  return (
    <span
      data-testid="cod-confirmation"
      data-state={state}
      className={`rounded px-1.5 py-0.5 text-xs font-semibold whitespace-nowrap ${TONE[state]}`}
    >
      COD: {CONFIRMATION_LABEL[state]}
    </span>
  );
}
