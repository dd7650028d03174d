import type { InfiniteData } from "@tanstack/react-query";
import type { PickList } from "@/lib/warehouse/list-pick-list";
import type { PickListSku } from "@/lib/warehouse/group-pick-list";

// Pure transforms of the cached pick list: what the picker sees is the server's list with the
// picks still waiting on this device already taken off, so offline work shows at once.
export type PickListPages = InfiniteData<PickList, string | undefined>;

export function matchesCode(sku: Pick<PickListSku, "sku" | "barcode">, code: string): boolean {
  const c = code.trim();
  return sku.sku.toUpperCase() === c.toUpperCase() || (sku.barcode !== null && sku.barcode === c);
}

export function mapSkus(
  data: PickListPages,
  change: (sku: PickListSku) => PickListSku,
): PickListPages {
  return {
    ...data,
    pages: data.pages.map((page) => ({
      ...page,
      groups: page.groups.map((group) => ({
        ...group,
        subcategories: group.subcategories.map((sub) => ({
          ...sub,
          skus: sub.skus.map(change),
        })),
      })),
    })),
  };
}

/** Adds picked / short units to one SKU, never past what it still needs. */
export function adjustSku(
  sku: PickListSku,
  delta: { picked?: number; short?: number },
): PickListSku {
  const picked = Math.min(delta.picked ?? 0, sku.remaining);
  const short = Math.min(delta.short ?? 0, sku.remaining - picked);
  return {
    ...sku,
    qtyPicked: sku.qtyPicked + picked,
    qtyShort: sku.qtyShort + short,
    remaining: sku.remaining - picked - short,
  };
}

/** The list with the actions still waiting on this device already applied, in their order. */
export function withPending(
  data: PickListPages,
  pending: readonly { kind: "pick" | "short"; code: string; qty: number }[],
): PickListPages {
  if (pending.length === 0) return data;
  return mapSkus(data, (sku) =>
    pending
      .filter((p) => matchesCode(sku, p.code))
      .reduce(
        (s, p) => adjustSku(s, p.kind === "pick" ? { picked: p.qty } : { short: p.qty }),
        sku,
      ),
  );
}

/** The first SKU still to pick after `current` in walking order, wrapping to the start. */
export function nextToPick(skus: readonly PickListSku[], current: string | null) {
  const open = (s: PickListSku) => s.remaining > 0 && s.sku !== current;
  const at = current === null ? -1 : skus.findIndex((s) => s.sku === current);
  return skus.slice(at + 1).find(open) ?? skus.slice(0, Math.max(at, 0)).find(open) ?? null;
}

export function allSkus(data: PickListPages | undefined): PickListSku[] {
  return (data?.pages ?? []).flatMap((page) =>
    page.groups.flatMap((g) => g.subcategories.flatMap((s) => s.skus)),
  );
}
