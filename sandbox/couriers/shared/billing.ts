import type { CourierCode } from "@/lib/generated/prisma/enums";
import { BILLING_COLUMNS } from "@/lib/freight/billing-columns";
import { csvLine } from "@/lib/warehouse/csv";

// How the sandbox couriers weigh and bill a parcel, so tracking answers (Delhivery's
// ChargedWeight) and the billing file of each courier agree. The courier's hub scale charges the
// declared weight, or the declared box's volume (L × B × H / 5000) when larger, up to the next
// 500 g slab. One parcel in four is "reweighed" a kilogram heavier: the discrepancies Packline
// must flag. Which ones is fixed by the AWB, so a test can tell in advance.

export interface BilledParcel {
  awb: string;
  declaredGrams: number;
  box: { lengthCm: number; breadthCm: number; heightCm: number } | null;
  bookedAt: Date;
}

const SLAB = 500;
const RUPEES_PER_SLAB = 25;
const BASE_RUPEES = 40;

/** True for the AWBs the sandbox bills a kilogram heavy: digit sum divisible by four. */
export function reweighedHeavy(awb: string): boolean {
  const sum = [...awb].reduce((n, ch) => n + (/\d/.test(ch) ? Number(ch) : ch.charCodeAt(0)), 0);
  return sum % 4 === 0;
}

export function sandboxChargedGrams(
  p: Pick<BilledParcel, "awb" | "declaredGrams" | "box">,
): number {
  const volume = p.box ? (p.box.lengthCm * p.box.breadthCm * p.box.heightCm * 1000) / 5000 : 0;
  const slabbed = Math.max(1, Math.ceil(Math.max(p.declaredGrams, volume) / SLAB)) * SLAB;
  return slabbed + (reweighedHeavy(p.awb) ? 1000 : 0);
}

export const sandboxFreightRupees = (grams: number) =>
  BASE_RUPEES + (grams / SLAB) * RUPEES_PER_SLAB;

const istDay = (at: Date) => new Date(at.getTime() + 330 * 60_000).toISOString().slice(0, 10);

/** The courier's billing file of every parcel it carried, in the headings BILLING_COLUMNS names. */
export function billingCsv(courier: CourierCode, parcels: BilledParcel[]): string {
  const c = BILLING_COLUMNS[courier];
  const weight = (grams: number) => (c.weightUnit === "kg" ? (grams / 1000).toFixed(2) : grams);
  return [
    csvLine([c.awb, c.weight, c.freight, c.chargedOn]),
    ...parcels.map((p) => {
      const grams = sandboxChargedGrams(p);
      return csvLine([
        p.awb,
        weight(grams),
        sandboxFreightRupees(grams).toFixed(2),
        istDay(p.bookedAt),
      ]);
    }),
  ].join("");
}

export const csvAnswer = (text: string) => ({
  headers: { "content-type": "text/csv; charset=utf-8" },
  body: text,
});
