// The order filters' controls, shared by the filter panel and the filters other parts add to it.
export const selectClass =
  "min-h-11 rounded-lg border border-slate-300 bg-white px-2 text-sm text-slate-900 focus:border-brand-600";
export const labelClass = "flex flex-col gap-1 text-xs font-semibold text-slate-600";
