import { db } from "@/lib/db";

/** A courier account's record where the parcel goes, and where that record was measured. */
export interface MeasuredRates {
  /** delivered ÷ finished (delivered + RTO); null without finished parcels */
  deliveryRate: number | null;
  rtoRate: number | null;
  /** delivered by the promised day ÷ delivered with a promise */
  onTimeRate: number | null;
  /** finished parcels the rates come from */
  samples: number;
  /** "to pincode 560034" or "in zone 56": what ops read after the rates */
  basis: string;
}

/** Below this many finished parcels to the pincode, the courier's zone record is used instead. */
export const MIN_PINCODE_PARCELS = 20;
const WINDOW_DAYS = 90;

/** The delivery zone of a pincode: its first two digits, the postal circle. */
export const zoneOf = (pincode: string) => pincode.slice(0, 2);

type Counts = {
  accountId: string;
  delivered: number;
  promised: number;
  onTime: number;
  rto: number;
};

const ratesOf = (c: Counts | undefined, basis: string): MeasuredRates => {
  const finished = (c?.delivered ?? 0) + (c?.rto ?? 0);
  return {
    deliveryRate: finished ? c!.delivered / finished : null,
    rtoRate: finished ? c!.rto / finished : null,
    onTimeRate: c?.promised ? c.onTime / c.promised : null,
    samples: finished,
    basis,
  };
};

/**
 * Each courier account's delivery, RTO and on-time rates over the last 90 days for the drop
 * pincode, from Packline's own forward parcels (the Order pincode index finds them); where an
 * account has fewer than MIN_PINCODE_PARCELS finished there, its record in the pincode's zone,
 * summed from the dashboard's CourierDayStats (a row per day, courier and district pair, so a
 * zone is a few hundred rows, not every shipment). That table is per courier: two accounts of
 * one courier share a zone record.
 */
export async function measuredRates(dropPincode: string): Promise<Map<string, MeasuredRates>> {
  const zone = zoneOf(dropPincode);
  const [pincode, zoned] = await Promise.all([
    db.$queryRaw<Counts[]>`
      SELECT s."courierAccountId" AS "accountId",
             count(*) FILTER (WHERE s.status = 'DELIVERED')::int AS delivered,
             count(*) FILTER (WHERE s.status = 'DELIVERED'
                              AND s."expectedDeliveryAt" IS NOT NULL)::int AS promised,
             count(*) FILTER (WHERE s.status = 'DELIVERED' AND s."expectedDeliveryAt" IS NOT NULL
                              AND s."deliveredAt" <= s."expectedDeliveryAt")::int AS "onTime",
             count(*) FILTER (WHERE s.status IN ('RTO_INITIATED', 'RTO_IN_TRANSIT', 'RTO_DELIVERED'))::int AS rto
      FROM "Order" o JOIN "Shipment" s ON s."orderId" = o.id
      WHERE o.pincode = ${dropPincode} AND s."courierAccountId" IS NOT NULL
        AND s.direction = 'FORWARD' AND s."createdAt" > now() - make_interval(days => ${WINDOW_DAYS})
      GROUP BY s."courierAccountId"`,
    db.$queryRaw<Counts[]>`
      SELECT a.id AS "accountId", sum(d.delivered)::int AS delivered, sum(d.promised)::int AS promised,
             sum(d."onTime")::int AS "onTime", sum(d.rto)::int AS rto
      FROM "CourierDayStats" d JOIN "CourierAccount" a ON a.courier = d.courier
      WHERE d."toDistrict" LIKE ${`${zone}%`}
        AND d.day > current_date - ${WINDOW_DAYS}::int
      GROUP BY a.id`,
  ]);
  const byPincode = new Map(pincode.map((c) => [c.accountId, c]));
  const byZone = new Map(zoned.map((c) => [c.accountId, c]));
  const accounts = new Set([...byPincode.keys(), ...byZone.keys()]);
  return new Map(
    [...accounts].map((id) => {
      const own = byPincode.get(id);
      const enough = own && own.delivered + own.rto >= MIN_PINCODE_PARCELS;
      return [
        id,
        enough
          ? ratesOf(own, `to pincode ${dropPincode}`)
          : ratesOf(byZone.get(id), `in zone ${zone}`),
      ];
    }),
  );
}
