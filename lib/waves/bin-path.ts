// Bin codes name a place on the floor: ZONE-AISLE-RACK[-LEVEL], e.g. "A-03-2-B" (zone A, aisle 3,
// rack 2 counted from the aisle's front end, level B). The hyphen after the zone may be left
// out ("A03-02", the seed's style). Pure: the pick path, the wave screen and bench/floor.ts read
// bins through here, so a bin is walked in the same place everywhere.

export interface BinPlace {
  zone: string;
  aisle: number;
  rack: number;
  /** shelf level, "" when the code has none */
  level: string;
}

const BIN_CODE = /^([A-Z]+)-?(\d{1,3})-(\d{1,3})(?:-([A-Z0-9]{1,3}))?$/;

/** The place a bin code names, or null when the code does not follow the convention. */
export function parseBin(code: string): BinPlace | null {
  const match = BIN_CODE.exec(code.trim().toUpperCase());
  if (!match) return null;
  const [, zone = "", aisle = "0", rack = "0", level = ""] = match;
  return { zone, aisle: Number(aisle), rack: Number(rack), level };
}

/**
 * Serpentine walking order: zones in name order, aisles in number order, racks up the odd
 * aisles and back down the even ones, so a picker leaves each aisle at the end where the next
 * one starts. Bins that do not parse (or have no code) come last, in code order, so nothing is
 * lost from the path.
 */
export function compareBins(a: string | null, b: string | null): number {
  const pa = a ? parseBin(a) : null;
  const pb = b ? parseBin(b) : null;
  if (pa && pb) return comparePlaces(pa, pb);
  if (pa) return -1;
  if (pb) return 1;
  return (a ?? "\uffff").localeCompare(b ?? "\uffff");
}

function comparePlaces(a: BinPlace, b: BinPlace): number {
  if (a.zone !== b.zone) return a.zone < b.zone ? -1 : 1;
  if (a.aisle !== b.aisle) return a.aisle - b.aisle;
  if (a.rack !== b.rack) return a.aisle % 2 === 1 ? a.rack - b.rack : b.rack - a.rack;
  return a.level.localeCompare(b.level);
}

/** Items sorted into walking order by their bin. */
export function walkingOrder<T>(items: readonly T[], binOf: (item: T) => string | null): T[] {
  return [...items].sort((x, y) => compareBins(binOf(x), binOf(y)));
}
