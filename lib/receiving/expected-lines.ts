import type { Db, Tx } from "@/lib/db";

export interface ExpectedLine {
  orderItemId: string;
  sku: string;
  title: string;
  unitPricePaise: number;
  /** units expected back in this parcel */
  expected: number;
  binLocation: string | null;
}

/**
 * The ONE place that says which lines a returning parcel should hold. Today: everything the
 * order shipped (its picked units; packing ships exactly what was picked), which is what an RTO
 * parcel brings back. When return requests land (issue 11 part 4), a REVERSE shipment's lines
 * become its return request's items: the lead points this function at them, nothing else moves.
 */
export async function expectedLines(
  tx: Tx | Db,
  parcel: { orderId: string; shipmentId: string },
): Promise<ExpectedLine[]> {
  const items = await tx.orderItem.findMany({
    where: { orderId: parcel.orderId, qtyPicked: { gt: 0 } },
    select: {
      id: true,
      sku: true,
      title: true,
      unitPricePaise: true,
      qtyPicked: true,
      product: { select: { binLocation: true } },
    },
    orderBy: { id: "asc" },
  });
  return items.map((item) => ({
    orderItemId: item.id,
    sku: item.sku,
    title: item.title,
    unitPricePaise: item.unitPricePaise,
    expected: item.qtyPicked,
    binLocation: item.product.binLocation,
  }));
}
