// How a sandbox Delhivery parcel moves between named steps; the scans each step applies are in
// journey.ts.
export { STEPS } from "./journey";

export const TERMINAL = new Set(["delivered", "cancelled", "rto-delivered", "dto", "pp-cancelled"]);
const RTO_STEPS = new Set(["rto-in-transit", "rto-pending", "rto-dispatched", "rto-delivered"]);

const FORWARD: Record<string, string> = {
  manifested: "pickup-scheduled",
  "pickup-scheduled": "picked-up",
  "picked-up": "in-transit",
  "in-transit": "at-destination",
  "at-destination": "out-for-delivery",
  "rto-in-transit": "rto-pending",
  "rto-pending": "rto-dispatched",
  "rto-dispatched": "rto-delivered",
  "pp-open": "pp-scheduled",
  "pp-scheduled": "pp-dispatched",
  "pp-dispatched": "pu-in-transit",
  "pu-in-transit": "pu-pending",
  "pu-pending": "pu-dispatched",
  "pu-dispatched": "dto",
};

export interface Movable {
  step: string;
  attempts: number;
  /** "ndr": the first delivery attempt fails */
  scenario: "deliver" | "ndr";
  reattempt: boolean;
  pickupRequested: boolean;
  ndrWaitTicks: number;
}

/**
 * The next step, or null while the parcel waits: for a pickup request, or for the seller's NDR
 * decision (the clock sends it back after three ticks; `towards` an RTO step does so at once).
 */
export function nextStep(p: Movable, force: boolean, towards?: string): string | null {
  if (TERMINAL.has(p.step)) return null;
  if (p.step === "manifested" && !p.pickupRequested && !force) return null;
  if (p.step === "out-for-delivery")
    return p.scenario === "ndr" && p.attempts === 0 ? "undelivered" : "delivered";
  if (p.step === "undelivered") {
    if (p.reattempt) return "out-for-delivery";
    if ((towards && RTO_STEPS.has(towards)) || p.ndrWaitTicks >= 3) return "rto-in-transit";
    return force ? "out-for-delivery" : null;
  }
  return FORWARD[p.step] ?? null;
}

export function isRto(step: string): boolean {
  return RTO_STEPS.has(step);
}
