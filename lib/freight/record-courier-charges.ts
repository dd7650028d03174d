import type { Courier } from "@/lib/couriers/courier";
import { getCourierForAccount } from "@/lib/couriers/registry";
import { db } from "@/lib/db";
import { CourierError } from "@/lib/errors/courier-error";
import { Prisma } from "@/lib/generated/prisma/client";
import { log } from "@/lib/observability/logger";
import { rulesByAccount } from "./get-freight-rules";
import { CHECKED_SHIPMENT_SELECT, recordFreightCharge } from "./record-freight-charge";

const BATCH = 50;
const ASK_AGAIN_MS = 6 * 3_600_000;
// About three days of asking: a charge not stated by then comes with the courier's billing file.
const MAX_ASKS = 12;
// A courier weighs a parcel at its first hub: before pickup there is nothing to ask.
const WEIGHED = ["IN_TRANSIT", "OUT_FOR_DELIVERY", "DELIVERED", "NDR", "RTO_INITIATED"];

/** The accounts whose courier states charges through its API (Courier.getCharge). */
async function chargingCouriers(): Promise<Map<string, Courier>> {
  const accounts = await db.courierAccount.findMany({
    where: { active: true },
    select: { id: true },
  });
  const found = new Map<string, Courier>();
  for (const a of accounts) {
    const courier = await getCourierForAccount(a.id);
    if (courier.getCharge) found.set(a.id, courier);
  }
  return found;
}

/**
 * Asks the couriers that state charges through their API (Shiprocket's order details) for the
 * parcels no check has seen yet, a batch per run, each again after six hours while the courier
 * states none, at most twelve times. Calls are made outside any transaction; a courier failing
 * for one parcel is logged and that parcel asked again later.
 */
export async function recordCourierCharges(
  now = new Date(),
): Promise<{ asked: number; recorded: number }> {
  const couriers = await chargingCouriers();
  if (couriers.size === 0) return { asked: 0, recorded: 0 };
  const due = await db.$queryRaw<{ id: string }[]>(Prisma.sql`
    SELECT s.id FROM "Shipment" s
    LEFT JOIN "FreightCheck" f ON f."shipmentId" = s.id
    LEFT JOIN "FreightChargeAsk" a ON a."shipmentId" = s.id
    WHERE f.id IS NULL AND s.direction = 'FORWARD' AND s.awb IS NOT NULL
      AND s."courierAccountId" IN (${Prisma.join([...couriers.keys()])})
      AND s.status::text IN (${Prisma.join(WEIGHED)})
      AND (a."shipmentId" IS NULL
        OR (a."askedAt" < ${new Date(now.getTime() - ASK_AGAIN_MS)} AND a.asks < ${MAX_ASKS}))
    ORDER BY a."askedAt" NULLS FIRST, s.id
    LIMIT ${BATCH}`);
  if (due.length === 0) return { asked: 0, recorded: 0 };
  const [rules, shipments] = await Promise.all([
    rulesByAccount(),
    db.shipment.findMany({
      where: { id: { in: due.map((d) => d.id) } },
      select: { ...CHECKED_SHIPMENT_SELECT, awb: true, courierOrderRef: true },
    }),
  ]);
  let recorded = 0;
  for (const s of shipments) {
    const accountId = s.courierAccountId!;
    try {
      const charge = await couriers.get(accountId)!.getCharge!({
        awb: s.awb!,
        courierOrderRef: s.courierOrderRef,
      });
      if (charge) {
        await recordFreightCharge(
          db,
          { ...s, courierAccountId: accountId },
          rules.get(accountId)!,
          {
            shipmentId: s.id,
            source: "COURIER_API",
            chargedWeightGrams: charge.chargedWeightGrams,
            chargedPaise: charge.chargedPaise,
            chargedAt: now,
          },
        );
        recorded++;
      }
    } catch (error) {
      if (!(error instanceof CourierError)) throw error;
      log.warn("courier charge not read", { shipmentId: s.id, reason: error.message });
    }
    await db.freightChargeAsk.upsert({
      where: { shipmentId: s.id },
      create: { shipmentId: s.id, askedAt: now, asks: 1 },
      update: { askedAt: now, asks: { increment: 1 } },
      select: { shipmentId: true },
    });
  }
  return { asked: shipments.length, recorded };
}
