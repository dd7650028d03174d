import type { buildDemoOrders } from "./orders";

// A separate block for the pack-station journey (e2e/pack-station.spec.ts): Processing orders
// PL-100166…100170 come fully picked, so they wait at the packing station beside the ten oldest,
// and the journey opens them by number without picking (which FIFO would give to older orders).
// Their stock-outs, if any, are none: every ordered unit is picked.
const READY_FOR_PACK_STATION = ["PL-100166", "PL-100167", "PL-100168", "PL-100169", "PL-100170"];

export function readyForPackStation(demo: ReturnType<typeof buildDemoOrders>): void {
  const ids = new Set<string>();
  for (const order of demo.orders)
    if (order.status === "PROCESSING" && READY_FOR_PACK_STATION.includes(order.number)) {
      order.readyToPack = true;
      ids.add(order.id!);
    }
  for (const item of demo.items)
    if (ids.has(item.orderId!)) item.qtyPicked = item.qtyOrdered - (item.qtyShort ?? 0);
}
