import type { PickListStats } from "@/lib/warehouse/get-pick-list-stats";

export function StatsStrip({ stats }: { stats: PickListStats | undefined }) {
  const items: [string, number | undefined][] = [
    ["Units to pick", stats?.unitsRemaining],
    ["SKUs", stats?.skusToPick],
    ["Orders waiting", stats?.ordersWaiting],
    ["Ready to pack", stats?.ordersReadyToPack],
    ["You picked today", stats?.pickedByYouToday],
  ];
  return (
    <dl className="grid grid-cols-3 gap-2 sm:grid-cols-5" aria-label="Pick list summary">
      {items.map(([label, value]) => (
        <div
          key={label}
          className={`rounded-xl bg-white px-3 py-2 ring-1 ring-slate-200 ${label === "You picked today" || label === "Ready to pack" ? "hidden sm:block" : ""}`}
        >
          <dt className="text-sm leading-tight text-slate-600">{label}</dt>
          <dd className="text-xl font-extrabold text-slate-900 tabular-nums sm:text-2xl">
            {value ?? "–"}
          </dd>
        </div>
      ))}
    </dl>
  );
}
