export function CategoryChips({
  categories,
  selected,
  onSelect,
}: {
  categories: { category: string; units: number }[];
  selected: string | null;
  onSelect: (category: string | null) => void;
}) {
  const chips: { category: string | null; label: string; units: number }[] = [
    { category: null, label: "All", units: categories.reduce((n, c) => n + c.units, 0) },
    ...categories.map((c) => ({ category: c.category, label: c.category, units: c.units })),
  ];
  return (
    <div
      role="group"
      aria-label="Category"
      className="-mx-1 flex gap-2 overflow-x-auto px-1 pb-1 sm:flex-wrap sm:overflow-visible"
    >
      {chips.map((chip) => {
        const active = chip.category === selected;
        return (
          <button
            key={chip.label}
            type="button"
            aria-pressed={active}
            onClick={() => onSelect(chip.category)}
            className={`min-h-12 shrink-0 rounded-full px-5 text-base font-semibold whitespace-nowrap ring-2 ${
              active
                ? "bg-slate-900 text-white ring-slate-900"
                : "bg-white text-slate-800 ring-slate-300"
            }`}
          >
            {chip.label}{" "}
            <span className={active ? "text-slate-300" : "text-slate-500"}>{chip.units}</span>
          </button>
        );
      })}
    </div>
  );
}
