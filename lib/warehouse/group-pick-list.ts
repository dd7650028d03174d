// Pure: turns the bin-ordered SKU rows of the pick list into category → subcategory groups,
// keeping the walking order (the rows arrive already sorted).
export interface WaitingOrder {
  orderNumber: string;
  placedAt: string;
  open: number;
}

export interface PickListSku {
  sku: string;
  title: string;
  imageUrl: string | null;
  binLocation: string | null;
  barcode: string | null;
  category: string;
  subcategory: string;
  qtyOrdered: number;
  qtyPicked: number;
  qtyShort: number;
  remaining: number;
  /** order lines still waiting for this SKU */
  openLines: number;
  /** the oldest waiting orders, oldest first */
  waiting: WaitingOrder[];
}

export interface PickGroup {
  category: string;
  subcategories: { subcategory: string; skus: PickListSku[] }[];
}

export function groupPickList(skus: readonly PickListSku[]): PickGroup[] {
  const groups: PickGroup[] = [];
  for (const sku of skus) {
    let group = groups.at(-1);
    if (group?.category !== sku.category) {
      group = { category: sku.category, subcategories: [] };
      groups.push(group);
    }
    let sub = group.subcategories.at(-1);
    if (sub?.subcategory !== sku.subcategory) {
      sub = { subcategory: sku.subcategory, skus: [] };
      group.subcategories.push(sub);
    }
    sub.skus.push(sku);
  }
  return groups;
}
