import type { CourierCode } from "@/lib/generated/prisma/enums";
import { ZONES, zoneOfDistricts, type Zone } from "./zone";

/** Sums for the shipments of one courier between two sorting districts, as SQL returns them. */
export interface PerformanceGroup {
  courier: CourierCode;
  fromDistrict: string;
  toDistrict: string;
  shipments: number;
  delivered: number;
  rto: number;
  /** delivered shipments that had a first promise */
  promised: number;
  /** of those, delivered on or before the first promise's IST day */
  onTime: number;
  /** delivered on the first attempt */
  firstAttempt: number;
  deliverDaysSum: number;
  deliverDaysCount: number;
  chargePaiseSum: number;
  charged: number;
}

export interface CourierZoneRates {
  courier: CourierCode;
  zone: Zone;
  shipments: number;
  delivered: number;
  rto: number;
  /** percentages 0–100, one decimal; null when nothing to divide by */
  onTimePercent: number | null;
  rtoPercent: number | null;
  firstAttemptPercent: number | null;
  averageDaysToDeliver: number | null;
  /** whole paise */
  costPerShipmentPaise: number | null;
}

const SUMMED = [
  "shipments",
  "delivered",
  "rto",
  "promised",
  "onTime",
  "firstAttempt",
  "deliverDaysSum",
  "deliverDaysCount",
  "chargePaiseSum",
  "charged",
] as const;

function percent(part: number, whole: number): number | null {
  return whole === 0 ? null : Math.round((part / whole) * 1000) / 10;
}

/**
 * Folds the district groups into one row per courier and zone and computes the rates: on-time
 * against the first promise among delivered parcels that had one; RTO among parcels that ended
 * (delivered or returned); first attempt among delivered; cost over parcels with a charge.
 * Groups whose pincodes name no zone are left out. Sorted by courier, then zone order.
 */
export function courierZoneRates(groups: PerformanceGroup[]): CourierZoneRates[] {
  const sums = new Map<
    string,
    { courier: CourierCode; zone: Zone } & Record<(typeof SUMMED)[number], number>
  >();
  for (const g of groups) {
    const zone = zoneOfDistricts(g.fromDistrict, g.toDistrict);
    if (!zone) continue;
    const key = `${g.courier}:${zone}`;
    const row =
      sums.get(key) ??
      ({
        courier: g.courier,
        zone,
        ...Object.fromEntries(SUMMED.map((k) => [k, 0])),
      } as { courier: CourierCode; zone: Zone } & Record<(typeof SUMMED)[number], number>);
    for (const k of SUMMED) row[k] += g[k];
    sums.set(key, row);
  }
  return [...sums.values()]
    .sort(
      (a, b) => a.courier.localeCompare(b.courier) || ZONES.indexOf(a.zone) - ZONES.indexOf(b.zone),
    )
    .map((s) => ({
      courier: s.courier,
      zone: s.zone,
      shipments: s.shipments,
      delivered: s.delivered,
      rto: s.rto,
      onTimePercent: percent(s.onTime, s.promised),
      rtoPercent: percent(s.rto, s.delivered + s.rto),
      firstAttemptPercent: percent(s.firstAttempt, s.delivered),
      averageDaysToDeliver:
        s.deliverDaysCount === 0
          ? null
          : Math.round((s.deliverDaysSum / s.deliverDaysCount) * 10) / 10,
      costPerShipmentPaise: s.charged === 0 ? null : Math.round(s.chargePaiseSum / s.charged),
    }));
}
