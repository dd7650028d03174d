// Floor simulation over the seeded warehouse: the demo catalog's bins laid out from their codes
// and the seed's open orders (PLACED and PROCESSING, oldest first, every line at its ordered
// quantity), picked three ways on the same orders: whole-list (one cart, units sorted into
// orders at the pack bench) and cluster picking into 8 and 16 totes (the tote is the order).
// Prints metres walked per line picked and orders completed per picker-hour; the model and its
// walking speed and step times are in bench/floor-model.ts.   npx tsx bench/floor.ts
import { catalog } from "@/prisma/seed/catalog";
import { buildDemoOrders } from "@/prisma/seed/orders";
import { rng } from "@/prisma/seed/random";
import {
  FLOOR,
  TIMES,
  addTallies,
  costTrip,
  layoutFromBins,
  type SimOrder,
  type Tally,
} from "./floor-model";

/** a tote holds this many units; the whole-list cart is the same cart without totes */
const TOTE_UNITS = 12;
const WHOLE_LIST_CART_UNITS = 16 * TOTE_UNITS;
/** the seed's generator and seed (prisma/seed/demo.ts), so these are the demo's own orders */
const SEED = 20261122;

function seededOpenOrders(): SimOrder[] {
  const products = catalog.map((p) => ({ ...p, id: p.sku }));
  const binOf = new Map(catalog.map((p) => [p.sku, p.binLocation]));
  const demo = buildDemoOrders(rng(SEED), products, [{ id: "bench", courier: "SHIPROCKET" }]);
  const open = demo.orders
    .filter((o) => o.status === "PLACED" || o.status === "PROCESSING")
    .sort((a, b) => new Date(a.placedAt!).getTime() - new Date(b.placedAt!).getTime());
  return open.map((o) => ({
    number: o.number,
    lines: demo.items
      .filter((i) => i.orderId === o.id)
      .map((i) => ({ sku: i.sku, bin: binOf.get(i.sku)!, qty: i.qtyOrdered })),
  }));
}

const unitsOf = (o: SimOrder) => o.lines.reduce((n, l) => n + l.qty, 0);

/** FIFO batches: the next oldest orders while they fit (`fits` says whether one more does). */
function fifoBatches(orders: SimOrder[], fits: (batch: SimOrder[], next: SimOrder) => boolean) {
  const batches: SimOrder[][] = [];
  let batch: SimOrder[] = [];
  for (const order of orders) {
    if (batch.length > 0 && !fits(batch, order)) {
      batches.push(batch);
      batch = [];
    }
    batch.push(order);
  }
  if (batch.length > 0) batches.push(batch);
  return batches;
}

function main() {
  const orders = seededOpenOrders();
  const layout = layoutFromBins(catalog.map((p) => p.binLocation));
  const tooBig = orders.filter((o) => unitsOf(o) > TOTE_UNITS);
  if (tooBig.length > 0) throw new Error(`orders larger than a tote: ${tooBig.length}`);
  const wholeList = fifoBatches(
    orders,
    (batch, next) =>
      batch.reduce((n, o) => n + unitsOf(o), 0) + unitsOf(next) <= WHOLE_LIST_CART_UNITS,
  );
  const runs: { name: string; trips: number; tally: Tally }[] = [
    { name: "whole-list + sort at pack", batches: wholeList, totes: null },
    { name: "cluster, 8 totes", batches: fifoBatches(orders, (b) => b.length < 8), totes: 8 },
    { name: "cluster, 16 totes", batches: fifoBatches(orders, (b) => b.length < 16), totes: 16 },
  ].map((r) => ({
    name: r.name,
    trips: r.batches.length,
    tally: addTallies(r.batches.map((b) => costTrip(layout, b, r.totes))),
  }));
  const lines = orders.reduce((n, o) => n + o.lines.length, 0);
  const units = orders.reduce((n, o) => n + unitsOf(o), 0);
  console.log(
    `${orders.length} seeded open orders, ${lines} lines, ${units} units, ${catalog.length} bins; ` +
      `walk ${FLOOR.walkMps} m/s, aisle pitch ${FLOOR.aislePitchM} m, bay ${FLOOR.rackBayM} m; ` +
      `per stop ${TIMES.stopS} s, scan ${TIMES.scanS} s, unit ${TIMES.unitS} s, trip ${TIMES.tripS} s, ` +
      `sort ${TIMES.sortUnitS} s/unit + ${TIMES.sortOrderS} s/order (whole-list only)`,
  );
  const base = runs[0]!.tally;
  const perHour = (t: Tally) => t.orders / (t.seconds / 3600);
  console.log("method                     trips  metres  m/line  orders/picker-hour  × whole-list");
  for (const { name, trips, tally } of runs) {
    console.log(
      [
        name.padEnd(26),
        String(trips).padStart(5),
        tally.metres.toFixed(0).padStart(7),
        (tally.metres / tally.lines).toFixed(2).padStart(7),
        perHour(tally).toFixed(1).padStart(19),
        (perHour(tally) / perHour(base)).toFixed(2).padStart(13),
      ].join(" "),
    );
  }
}

main();
