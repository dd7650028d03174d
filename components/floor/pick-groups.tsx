import type { PickListSku } from "@/lib/warehouse/group-pick-list";
import type { PickListPages } from "./pick-list-view";
import { SkuCard } from "./sku-card";

/** The list in walking order: category, then subcategory, then SKU by bin. */
export function PickGroups({
  data,
  now,
  highlighted,
  onPickOne,
  onPickSome,
  onNotInStock,
}: {
  data: PickListPages | undefined;
  now: number;
  highlighted: string | null;
  onPickOne: (sku: PickListSku) => void;
  onPickSome: (sku: PickListSku) => void;
  onNotInStock: (sku: PickListSku) => void;
}) {
  const groups = (data?.pages ?? []).flatMap((page) => page.groups);
  return (
    <div className="flex flex-col gap-6">
      {groups.map((group, gi) => (
        <section key={`${group.category}-${gi}`} aria-label={group.category}>
          <h2 className="mb-2 text-2xl font-extrabold text-slate-900">{group.category}</h2>
          {group.subcategories.map((sub) => (
            <div key={sub.subcategory} className="mb-4">
              {sub.subcategory && (
                <h3 className="mb-2 text-lg font-semibold text-slate-600">{sub.subcategory}</h3>
              )}
              <div className="grid gap-3 lg:grid-cols-2">
                {sub.skus.map((sku) => (
                  <SkuCard
                    key={sku.sku}
                    sku={sku}
                    now={now}
                    highlighted={highlighted === sku.sku}
                    onPickOne={() => onPickOne(sku)}
                    onPickSome={() => onPickSome(sku)}
                    onNotInStock={() => onNotInStock(sku)}
                  />
                ))}
              </div>
            </div>
          ))}
        </section>
      ))}
    </div>
  );
}
