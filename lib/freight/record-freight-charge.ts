import type { db, Tx } from "@/lib/db";
import type { FreightChargeSource } from "@/lib/generated/prisma/enums";
import { expectedWeight, judgeCharge } from "./expected-weight";
import type { AccountFreightRule } from "./get-freight-rules";

export interface FreightCharge {
  shipmentId: string;
  source: FreightChargeSource;
  chargedWeightGrams: number;
  chargedPaise: number | null;
  chargedAt: Date;
  billingImportId?: string | null;
}

/** What a check needs of the shipment and its order: the packed parcel and the quote. */
export const CHECKED_SHIPMENT_SELECT = {
  id: true,
  courierAccountId: true,
  chargePaise: true,
  weightGrams: true,
  order: {
    select: {
      packedWeightGrams: true,
      packedBoxName: true,
      packedLengthCm: true,
      packedBreadthCm: true,
      packedHeightCm: true,
    },
  },
} as const;

export interface CheckedShipment {
  id: string;
  courierAccountId: string;
  chargePaise: number | null;
  weightGrams: number | null;
  order: {
    packedWeightGrams: number | null;
    packedBoxName: string | null;
    packedLengthCm: number | null;
    packedBreadthCm: number | null;
    packedHeightCm: number | null;
  };
}

/**
 * Checks one courier charge against the parcel as packed and writes the evidence (one row per
 * shipment, replaced by a different charge). The weight packing measured is the dead weight (the
 * booked weight when the parcel was packed before the scale was recorded), the box packing chose
 * gives the volume. Writes with the caller's transaction: a billing file applies all or nothing.
 */
export async function recordFreightCharge(
  tx: Tx | typeof db,
  shipment: CheckedShipment,
  rule: AccountFreightRule,
  charge: FreightCharge,
): Promise<{ flagged: boolean; changed: boolean }> {
  const before = await tx.freightCheck.findUnique({
    where: { shipmentId: shipment.id },
    select: {
      chargedWeightGrams: true,
      chargedPaise: true,
      chargedAt: true,
      flagged: true,
      source: true,
    },
  });
  // The courier's bill is the last word: tracking or an API answer never replaces it.
  const billed = charge.source === "BILLING_FILE";
  if (before?.source === "BILLING_FILE" && !billed)
    return { flagged: before.flagged, changed: false };
  // The same charge told again (a file uploaded twice, a poll repeating itself) changes nothing.
  if (
    before &&
    before.chargedWeightGrams === charge.chargedWeightGrams &&
    before.chargedPaise === charge.chargedPaise &&
    before.chargedAt.getTime() === charge.chargedAt.getTime()
  )
    return { flagged: before.flagged, changed: false };
  const o = shipment.order;
  const box =
    o.packedLengthCm && o.packedBreadthCm && o.packedHeightCm
      ? { lengthCm: o.packedLengthCm, breadthCm: o.packedBreadthCm, heightCm: o.packedHeightCm }
      : null;
  const deadWeightGrams = o.packedWeightGrams ?? shipment.weightGrams ?? 0;
  const expected = expectedWeight({ deadWeightGrams, box }, rule);
  const judged = judgeCharge(
    { expectedGrams: expected.expectedGrams, chargedGrams: charge.chargedWeightGrams },
    rule,
  );
  const data = {
    courierAccountId: shipment.courierAccountId,
    source: charge.source,
    billingImportId: charge.billingImportId ?? null,
    chargedWeightGrams: charge.chargedWeightGrams,
    chargedPaise: charge.chargedPaise,
    expectedPaise: shipment.chargePaise,
    chargedAt: charge.chargedAt,
    deadWeightGrams,
    boxName: o.packedBoxName,
    lengthCm: box?.lengthCm ?? null,
    breadthCm: box?.breadthCm ?? null,
    heightCm: box?.heightCm ?? null,
    volumetricGrams: expected.volumetricGrams,
    volumetricDivisor: rule.volumetricDivisor,
    slabGrams: rule.slabGrams,
    expectedWeightGrams: expected.expectedGrams,
    excessGrams: judged.excessGrams,
    flagged: judged.flagged,
    checkedAt: new Date(),
  };
  if (billed) {
    await tx.freightCheck.upsert({
      where: { shipmentId: shipment.id },
      create: { shipmentId: shipment.id, ...data },
      update: data,
      select: { id: true },
    });
    return { flagged: judged.flagged, changed: true };
  }
  // Conditional writes, so a bill imported meanwhile (its transaction still open when this read
  // found no check) is waited for and kept, never overwritten.
  const { count } = before
    ? await tx.freightCheck.updateMany({
        where: { shipmentId: shipment.id, source: { not: "BILLING_FILE" } },
        data,
      })
    : await tx.freightCheck.createMany({
        data: [{ shipmentId: shipment.id, ...data }],
        skipDuplicates: true,
      });
  return count === 0
    ? { flagged: before?.flagged ?? false, changed: false }
    : { flagged: judged.flagged, changed: true };
}
