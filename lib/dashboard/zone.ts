/**
 * A courier zone, derived from the pickup and drop pincodes alone, the way Indian couriers price
 * and promise: India Post's pincode is hierarchical, so shared leading digits mean a shared area.
 *
 * - CITY: the same first three digits, one sorting district (560001 → 560103, both Bengaluru);
 * - STATE: the same first two, one postal circle or part of one (560001 → 563101, Bengaluru →
 *   Kolar);
 * - REGION: the same first digit, one postal region (560001 → 500001, Bengaluru → Hyderabad);
 * - REST: anywhere else in India (560001 → 110001, Bengaluru → Delhi).
 *
 * It approximates, never looks anything up: a state can span several two-digit ranges
 * (Karnataka is 56–59, so Bengaluru → Mysuru 570001 is REGION here) and a sorting district can
 * span two towns, but the rule is stable, needs no table, and compares couriers on the same
 * bands for the same parcels, which is what the dashboard needs.
 */
export const ZONES = ["CITY", "STATE", "REGION", "REST"] as const;
export type Zone = (typeof ZONES)[number];

export const ZONE_LABEL: Record<Zone, string> = {
  CITY: "Within city",
  STATE: "Within state",
  REGION: "Within region",
  REST: "Rest of India",
};

const PINCODE = /^[1-9]\d{5}$/;
const DISTRICT = /^[1-9]\d{2}$/;

/** The zone between two pincodes, or null when either is not a six-digit Indian pincode. */
export function zoneOf(pickupPincode: string, dropPincode: string): Zone | null {
  const from = pickupPincode.trim();
  const to = dropPincode.trim();
  if (!PINCODE.test(from) || !PINCODE.test(to)) return null;
  return zoneOfDistricts(from.slice(0, 3), to.slice(0, 3));
}

/**
 * The same rule on the pincodes' first three digits, all it reads: the dashboard groups
 * shipments by them in SQL and names the zone here, so the rule lives in one place.
 */
export function zoneOfDistricts(from: string, to: string): Zone | null {
  if (!DISTRICT.test(from) || !DISTRICT.test(to)) return null;
  if (from === to) return "CITY";
  if (from.slice(0, 2) === to.slice(0, 2)) return "STATE";
  if (from[0] === to[0]) return "REGION";
  return "REST";
}
