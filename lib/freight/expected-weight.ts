import type { FreightRuleValues } from "./courier-freight-defaults";

export interface PackedParcel {
  deadWeightGrams: number;
  /** the packed box's outside size; null when packing recorded no box */
  box: { lengthCm: number; breadthCm: number; heightCm: number } | null;
}

export interface ExpectedWeight {
  volumetricGrams: number;
  /** the weight the courier should charge: the larger of dead and volumetric, up to the slab */
  expectedGrams: number;
}

/** L × B × H (cm) ÷ divisor, in grams, rounded up to the gram (a courier never rounds down). */
export function volumetricGrams(box: NonNullable<PackedParcel["box"]>, divisor: number): number {
  return Math.ceil((box.lengthCm * box.breadthCm * box.heightCm * 1000) / divisor);
}

/** Up to the next whole slab; a parcel is never charged less than one slab. */
export function roundUpToSlab(grams: number, slabGrams: number): number {
  return Math.max(1, Math.ceil(grams / slabGrams)) * slabGrams;
}

export function expectedWeight(
  parcel: PackedParcel,
  rule: Pick<FreightRuleValues, "volumetricDivisor" | "slabGrams">,
): ExpectedWeight {
  const volumetric = parcel.box ? volumetricGrams(parcel.box, rule.volumetricDivisor) : 0;
  return {
    volumetricGrams: volumetric,
    expectedGrams: roundUpToSlab(Math.max(parcel.deadWeightGrams, volumetric), rule.slabGrams),
  };
}

/**
 * How far the courier's charge is above the expected weight, and whether that is more than the
 * tolerance: the larger of the grams and the percent of the expected weight, so a light parcel
 * is not flagged for a few grams and a heavy one not for a rounding of its percent.
 */
export function judgeCharge(
  input: { expectedGrams: number; chargedGrams: number },
  rule: Pick<FreightRuleValues, "toleranceGrams" | "tolerancePercent">,
): { excessGrams: number; flagged: boolean } {
  const excessGrams = input.chargedGrams - input.expectedGrams;
  const allowed = Math.max(
    rule.toleranceGrams,
    Math.floor((input.expectedGrams * rule.tolerancePercent) / 100),
  );
  return { excessGrams, flagged: excessGrams > allowed };
}
