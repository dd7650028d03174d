import { PICKUP_SLOTS } from "@/lib/validation/dispatch";
import { istToday } from "@/lib/warehouse/ist-day-range";
import type { PickupChoice } from "./dispatch-api";

/** The pickup day and window the courier is asked for. */
export function PickupFields({
  value,
  onChange,
  idPrefix,
}: {
  value: PickupChoice;
  onChange: (next: PickupChoice) => void;
  idPrefix: string;
}) {
  const field =
    "min-h-12 rounded-lg border-2 border-slate-300 bg-white px-3 text-base text-slate-900";
  return (
    <div className="flex flex-wrap gap-3">
      <label
        className="flex flex-col gap-1 text-sm font-semibold text-slate-700"
        htmlFor={`${idPrefix}-date`}
      >
        Pickup day
        <input
          id={`${idPrefix}-date`}
          type="date"
          min={istToday()}
          value={value.date}
          onChange={(e) => onChange({ ...value, date: e.target.value })}
          className={field}
        />
      </label>
      <label
        className="flex flex-col gap-1 text-sm font-semibold text-slate-700"
        htmlFor={`${idPrefix}-slot`}
      >
        Window (IST)
        <select
          id={`${idPrefix}-slot`}
          value={value.slot}
          onChange={(e) => onChange({ ...value, slot: e.target.value })}
          className={field}
        >
          {PICKUP_SLOTS.map((slot) => (
            <option key={slot} value={slot}>
              {slot}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
