import { RISK_BANDS } from "@/lib/risk/risk-band";
import { RISK_BAND_LABEL } from "./risk-badge";

/** The order list's risk filter: one band, or any. */
export function RiskFilter({
  value,
  onChange,
  className,
  labelClassName,
}: {
  value: string | undefined;
  onChange: (band: string) => void;
  className: string;
  labelClassName: string;
}) {
  return (
    <label className={labelClassName}>
      RTO risk
      <select className={className} value={value ?? ""} onChange={(e) => onChange(e.target.value)}>
        <option value="">Any risk</option>
        {RISK_BANDS.map((band) => (
          <option key={band} value={band}>
            {RISK_BAND_LABEL[band]}
          </option>
        ))}
      </select>
    </label>
  );
}
