"use client";

import { useState } from "react";
import { LABEL_LAYOUT_NAME, labelLayouts } from "@/lib/validation/label-batch";

type Layout = (typeof labelLayouts)[number];
const AS_ISSUED = "AS_ISSUED";

/**
 * "Reprint label": opens the shipment's cached label, as the courier issued it or laid out for
 * the printer at hand (a 4×6 thermal page, or a quarter of an A4 sheet). The courier is not
 * asked again: the label was kept when it was first printed.
 */
export function ReprintLabel({
  labelPath,
  label = "Reprint label",
  linkClassName = "text-brand-700 underline",
}: {
  labelPath: string;
  label?: string;
  linkClassName?: string;
}) {
  const [layout, setLayout] = useState<Layout | typeof AS_ISSUED>(AS_ISSUED);
  const href = layout === AS_ISSUED ? labelPath : `${labelPath}?layout=${layout}`;
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <a className={linkClassName} href={href} target="_blank" rel="noreferrer">
        {label}
      </a>
      <select
        aria-label="Label layout"
        value={layout}
        onChange={(e) => setLayout(e.target.value as Layout | typeof AS_ISSUED)}
        className="min-h-11 rounded-lg border border-slate-300 bg-white px-2 text-sm"
      >
        <option value={AS_ISSUED}>as the courier issued it</option>
        {labelLayouts.map((l) => (
          <option key={l} value={l}>
            {LABEL_LAYOUT_NAME[l]}
          </option>
        ))}
      </select>
    </span>
  );
}
