import { selectClass, labelClass } from "./filter-styles";

// One select over the confirmation states; "held" is every state that keeps an order off the floor.
const OPTIONS = [
  ["", "Any"],
  ["CHECKING,AWAITING,NO_ANSWER", "Held"],
  ["AWAITING", "Awaiting buyer"],
  ["NO_ANSWER", "No answer: call buyer"],
  ["CONFIRMED", "Confirmed"],
  ["CANCELLED", "Cancelled at confirmation"],
] as const;

export function ConfirmationFilter({
  value,
  onChange,
}: {
  value: string | undefined;
  onChange: (value: string) => void;
}) {
  return (
    <label className={labelClass}>
      COD confirmation
      <select
        className={selectClass}
        value={value ?? ""}
        onChange={(e) => onChange(e.target.value)}
      >
        {OPTIONS.map(([v, label]) => (
          <option key={v} value={v}>
            {label}
          </option>
        ))}
      </select>
    </label>
  );
}
