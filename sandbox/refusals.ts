// Couriers told to refuse bookings: for a drop pincode or for one order (the booking's order
// number, Packline's reference), each courier answering with its own published refusal at its
// booking step (Shiprocket at AWB assignment, Delhivery and Ekart at creation). A refusal books
// nothing, so tests and the demo can show Packline falling back to the next courier.

export type SandboxCourier = "shiprocket" | "delhivery" | "ekart";

export interface RefusalRule {
  courier: SandboxCourier;
  /** the drop pincode to refuse; absent: any */
  pincode?: string;
  /** the order number (reference) to refuse; absent: any */
  reference?: string;
  /** unserviceable (the default) or a plain rejection with this sentence */
  reason?: string;
}

const rules: RefusalRule[] = [];

export const addRefusal = (rule: RefusalRule) => void rules.push({ ...rule });
export const clearRefusals = () => void (rules.length = 0);
export const listRefusals = () => rules.map((r) => ({ ...r }));

/** The courier's sentence refusing this booking, or null to book it. */
export function refusalFor(
  courier: SandboxCourier,
  booking: { pincode: string; reference: string },
): string | null {
  const rule = rules.find(
    (r) =>
      r.courier === courier &&
      (r.pincode === undefined || r.pincode === booking.pincode) &&
      (r.reference === undefined || r.reference === booking.reference),
  );
  if (!rule) return null;
  return rule.reason ?? `Pincode ${booking.pincode} is not serviceable`;
}
