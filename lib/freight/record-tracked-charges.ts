import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { rulesByAccount } from "./get-freight-rules";
import { CHECKED_SHIPMENT_SELECT, recordFreightCharge } from "./record-freight-charge";

const BATCH = 500;

/**
 * Checks the charged weights tracking has stored (Shipment.chargedWeightGrams: Delhivery states
 * it in every tracking answer) that no check has seen yet, or that changed since. A charge from
 * the courier's billing file is the courier's last word and is never replaced from tracking.
 * Runs from the freight job, a batch at a time; a shipment checked meanwhile is simply checked
 * again with the same figures, which changes nothing.
 */
export async function recordTrackedCharges(now = new Date()): Promise<{ checked: number }> {
  const due = await db.$queryRaw<{ id: string; charged: number; firstSeen: Date | null }[]>(
    Prisma.sql`
      SELECT s.id, s."chargedWeightGrams" AS charged, f."chargedAt" AS "firstSeen"
      FROM "Shipment" s LEFT JOIN "FreightCheck" f ON f."shipmentId" = s.id
      WHERE s."chargedWeightGrams" IS NOT NULL AND s.direction = 'FORWARD'
        AND s."courierAccountId" IS NOT NULL
        AND (f.id IS NULL OR (f.source = 'TRACKING' AND f."chargedWeightGrams" <> s."chargedWeightGrams"))
      ORDER BY s.id LIMIT ${BATCH}`,
  );
  if (due.length === 0) return { checked: 0 };
  const rules = await rulesByAccount();
  const shipments = await db.shipment.findMany({
    where: { id: { in: due.map((d) => d.id) } },
    select: CHECKED_SHIPMENT_SELECT,
  });
  let checked = 0;
  for (const shipment of shipments) {
    const row = due.find((d) => d.id === shipment.id)!;
    const rule = shipment.courierAccountId ? rules.get(shipment.courierAccountId) : undefined;
    if (!rule || !shipment.courierAccountId) continue;
    await recordFreightCharge(
      db,
      { ...shipment, courierAccountId: shipment.courierAccountId },
      rule,
      {
        shipmentId: shipment.id,
        source: "TRACKING",
        chargedWeightGrams: row.charged,
        // Tracking states the weight, not the freight; the charge dates from when it was first seen.
        chargedPaise: null,
        chargedAt: row.firstSeen ?? now,
      },
    );
    checked++;
  }
  return { checked };
}
