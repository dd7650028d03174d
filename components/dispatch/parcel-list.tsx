/** AWBs with their order numbers, the way the dock reads them off a label. */
export function ParcelList({
  title,
  empty,
  parcels,
}: {
  title: string;
  empty: string;
  parcels: { awb: string; orderNumber: string; missedCutoff?: boolean }[];
}) {
  return (
    <div>
      <h3 className="text-sm font-bold tracking-wide text-slate-600 uppercase">
        {title} ({parcels.length})
      </h3>
      {parcels.length === 0 ? (
        <p className="mt-1 text-slate-600">{empty}</p>
      ) : (
        <ul aria-label={title} className="mt-1 max-h-64 divide-y divide-slate-100 overflow-y-auto">
          {parcels.map((p) => (
            <li key={p.awb} className="flex flex-wrap items-center justify-between gap-2 py-1.5">
              <span className="font-mono text-base text-slate-900">{p.awb}</span>
              <span className="text-sm text-slate-600">
                {p.orderNumber}
                {p.missedCutoff && (
                  <span className="ml-2 rounded bg-amber-100 px-1.5 py-0.5 font-semibold text-amber-900">
                    missed cut-off
                  </span>
                )}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
