import { db } from "@/lib/db";
import { onFloor } from "./on-floor";

export interface PickListStats {
  skusToPick: number;
  unitsRemaining: number;
  unitsPicked: number;
  unitsShort: number;
  ordersWaiting: number;
  ordersReadyToPack: number;
  pickedByYouToday: number;
  categories: { category: string; skus: number; units: number }[];
}

/** Start of today in India (IST, UTC+05:30, no daylight saving), as a UTC instant. */
export function startOfIstDay(now: Date): Date {
  const offset = 330 * 60_000;
  const ist = new Date(now.getTime() + offset);
  return new Date(Date.UTC(ist.getUTCFullYear(), ist.getUTCMonth(), ist.getUTCDate()) - offset);
}

export async function getPickListStats(options: {
  pickerId: string;
  now?: Date;
}): Promise<PickListStats> {
  const since = startOfIstDay(options.now ?? new Date());
  const [demand, orders, mine, categories] = await Promise.all([
    db.$queryRaw<{ skus: number; remaining: number; picked: number; short: number }[]>`
      SELECT count(*) FILTER (WHERE "qtyOrdered" - "qtyPicked" - "qtyShort" > 0)::int AS skus,
        coalesce(sum("qtyOrdered" - "qtyPicked" - "qtyShort"), 0)::int AS remaining,
        coalesce(sum("qtyPicked"), 0)::int AS picked, coalesce(sum("qtyShort"), 0)::int AS short
      FROM "SkuDemand"`,
    db.$queryRaw<{ waiting: number; ready: number }[]>`
      SELECT count(*) FILTER (WHERE NOT "readyToPack")::int AS waiting,
        count(*) FILTER (WHERE "readyToPack")::int AS ready
      FROM "Order" o WHERE ${onFloor("o")}`,
    db.pickEvent.aggregate({
      where: {
        pickerId: options.pickerId,
        kind: "PICK",
        undoneAt: null,
        createdAt: { gte: since },
      },
      _sum: { qty: true },
    }),
    db.$queryRaw<PickListStats["categories"]>`
      SELECT p.category, count(*)::int AS skus,
        sum(d."qtyOrdered" - d."qtyPicked" - d."qtyShort")::int AS units
      FROM "SkuDemand" d JOIN "Product" p ON p.sku = d.sku
      WHERE d."qtyOrdered" - d."qtyPicked" - d."qtyShort" > 0
      GROUP BY p.category ORDER BY p.category`,
  ]);
  return {
    skusToPick: demand[0]?.skus ?? 0,
    unitsRemaining: demand[0]?.remaining ?? 0,
    unitsPicked: demand[0]?.picked ?? 0,
    unitsShort: demand[0]?.short ?? 0,
    ordersWaiting: orders[0]?.waiting ?? 0,
    ordersReadyToPack: orders[0]?.ready ?? 0,
    pickedByYouToday: mine._sum.qty ?? 0,
    categories,
  };
}
