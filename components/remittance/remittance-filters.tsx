import { buttonClass } from "@/components/ui/button";
import type { CourierCode } from "@/lib/generated/prisma/enums";
import { RECONCILIATION_STATES, type ReconciliationState } from "@/lib/validation/remittance";
import { COURIER_LABEL, STATE_LABEL } from "./labels";

const select = "min-h-11 rounded-lg border border-slate-300 bg-white px-3 font-normal";

/** State and courier filters as a plain GET form: the page reads them from the address. */
export function RemittanceFilters(props: { state?: ReconciliationState; courier?: CourierCode }) {
  return (
    <form method="get" aria-label="Filter rows" className="flex flex-wrap items-end gap-3">
      <label className="flex flex-col gap-1 text-sm font-semibold">
        State
        <select name="state" defaultValue={props.state ?? ""} className={select}>
          <option value="">All states</option>
          {RECONCILIATION_STATES.map((s) => (
            <option key={s} value={s}>
              {STATE_LABEL[s]}
            </option>
          ))}
        </select>
      </label>
      <label className="flex flex-col gap-1 text-sm font-semibold">
        Courier
        <select name="courier" defaultValue={props.courier ?? ""} className={select}>
          <option value="">All couriers</option>
          {(Object.keys(COURIER_LABEL) as CourierCode[]).map((c) => (
            <option key={c} value={c}>
              {COURIER_LABEL[c]}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" className={buttonClass("secondary")}>
        Show
      </button>
    </form>
  );
}
