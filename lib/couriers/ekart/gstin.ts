import { gstinShapeProblem } from "@/lib/validation/gstin";

// Ekart refuses a booking without the seller's GSTIN, so Packline checks it before calling.

/** Returns why a GSTIN is not acceptable, or null when it is valid. */
export function gstinProblem(raw: string | null | undefined): string | null {
  if (!raw || raw.trim() === "") return "the seller's GSTIN is missing (Ekart requires it)";
  return gstinShapeProblem(raw);
}
