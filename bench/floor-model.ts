// The floor bench's model: bins laid out from their codes (lib/waves/bin-path.ts), a picker
// walking a serpentine path between them, and the time each step of the work takes. Pure, so
// whole-list and cluster picking are costed by the same rules on the same orders.
import { compareBins, parseBin } from "@/lib/waves/bin-path";

export const FLOOR = {
  /** centre to centre of neighbouring aisles (racks both sides, 1.2 m walkway) */
  aislePitchM: 3.0,
  /** extra walk between the last aisle of a zone and the first of the next */
  zoneGapM: 2.0,
  /** width of one rack bay along an aisle */
  rackBayM: 1.5,
  /** the pack bench stands this far before the first aisle, on the front cross-aisle */
  depotOffsetM: 5.0,
  /** pushing a loaded cart */
  walkMps: 1.0,
} as const;

export const TIMES = {
  /** collect the cart and the list at the pack bench, hand the cart over at the end */
  tripS: 60,
  /** stop the cart at a bin and find the SKU */
  stopS: 6,
  /** scan the SKU (or its barcode) at the bin; also a tote scan to bind or confirm */
  scanS: 2,
  /** take one unit off the shelf */
  unitS: 2,
  /** whole-list only, at the pack bench: scan a unit, find its order, put it in that order's slot */
  sortUnitS: 8,
  /** whole-list only: clear one order's slot to the packer */
  sortOrderS: 15,
} as const;

export interface Line {
  sku: string;
  bin: string;
  qty: number;
}
export interface SimOrder {
  number: string;
  lines: Line[];
}

interface Point {
  x: number;
  y: number;
  /** aisle key; the depot has none */
  aisle: string | null;
}

export interface Layout {
  point(bin: string): Point;
  aisleLengthM: number;
}

/** Aisles left to right in walking order; rack r of an aisle at r bays from the front. */
export function layoutFromBins(bins: readonly string[]): Layout {
  const places = bins.map((b) => ({ bin: b, place: parseBin(b) }));
  const unplaced = places.filter((p) => !p.place).map((p) => p.bin);
  if (unplaced.length > 0) throw new Error(`bins outside the convention: ${unplaced.join(", ")}`);
  const aisles = [...new Set(places.map((p) => `${p.place!.zone}-${p.place!.aisle}`))].sort(
    (a, b) => compareBins(`${a}-1`, `${b}-1`),
  );
  const x = new Map<string, number>();
  let at = 0;
  let zone = "";
  for (const key of aisles) {
    const z = key.split("-")[0]!;
    if (zone && z !== zone) at += FLOOR.zoneGapM;
    x.set(key, at);
    at += FLOOR.aislePitchM;
    zone = z;
  }
  const maxRack = Math.max(...places.map((p) => p.place!.rack));
  return {
    aisleLengthM: (maxRack + 1) * FLOOR.rackBayM,
    point(bin) {
      const place = parseBin(bin)!;
      const key = `${place.zone}-${place.aisle}`;
      return { x: x.get(key)!, y: place.rack * FLOOR.rackBayM, aisle: key };
    },
  };
}

/** Metres between two points: along an aisle, or out by the nearer cross-aisle and across. */
export function walkM(layout: Layout, a: Point, b: Point): number {
  if (a.aisle !== null && a.aisle === b.aisle) return Math.abs(a.y - b.y);
  const L = layout.aisleLengthM;
  return Math.abs(a.x - b.x) + Math.min(a.y + b.y, 2 * L - a.y - b.y);
}

/** A trip from the pack bench through the bins in serpentine order and back. */
export function tripM(layout: Layout, bins: readonly string[]): number {
  const depot: Point = { x: -FLOOR.depotOffsetM, y: 0, aisle: null };
  const path = [...new Set(bins)].sort(compareBins).map((b) => layout.point(b));
  let metres = 0;
  let at = depot;
  for (const next of [...path, depot]) {
    metres += walkM(layout, at, next);
    at = next;
  }
  return metres;
}

export interface Tally {
  orders: number;
  lines: number;
  metres: number;
  seconds: number;
}

/** One trip's work. `totes` is null for whole-list picking (units sorted into orders at pack). */
export function costTrip(layout: Layout, batch: readonly SimOrder[], totes: number | null): Tally {
  const lines = batch.flatMap((o) => o.lines);
  const units = lines.reduce((n, l) => n + l.qty, 0);
  const bins = lines.map((l) => l.bin);
  const stops = new Set(lines.map((l) => l.sku)).size;
  const metres = tripM(layout, bins);
  let seconds = TIMES.tripS + metres / FLOOR.walkMps;
  seconds += stops * (TIMES.stopS + TIMES.scanS) + units * TIMES.unitS;
  if (totes === null) {
    seconds += units * TIMES.sortUnitS + batch.length * TIMES.sortOrderS;
  } else {
    // Bind a tote per order, then one confirming tote scan per order line dropped.
    seconds += batch.length * TIMES.scanS + lines.length * TIMES.scanS;
  }
  return { orders: batch.length, lines: lines.length, metres, seconds };
}

export function addTallies(tallies: readonly Tally[]): Tally {
  return tallies.reduce(
    (sum, t) => ({
      orders: sum.orders + t.orders,
      lines: sum.lines + t.lines,
      metres: sum.metres + t.metres,
      seconds: sum.seconds + t.seconds,
    }),
    { orders: 0, lines: 0, metres: 0, seconds: 0 },
  );
}
