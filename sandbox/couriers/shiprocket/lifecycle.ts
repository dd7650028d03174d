import { stepScans } from "./journey";
import type { Scan, SrShipment } from "./store";

// How a sandbox Shiprocket shipment moves, in Shiprocket's shipment status codes (the scans each
// step prints are in journey.ts).

export const terminal = new Set([7, 10, 8]);

/** Days left to deliver, for `etd`: the courier's promise at booking. */
export const promisedDays = 4;

/** The next status code, or null when the shipment waits (pickup not asked, NDR undecided). */
export function nextCode(s: SrShipment, force: boolean): number | null {
  if (s.cancelled || terminal.has(s.code)) return null;
  switch (s.code) {
    case 1:
      return s.pickupRequested || force ? 3 : null;
    case 3:
      return 19;
    case 19:
      return 42;
    case 42:
      return 6;
    case 6:
      return 18;
    case 18:
      return 38;
    case 38:
      return 17;
    case 17:
      return s.scenario !== "deliver" && s.attempts === 0 ? 21 : 7;
    case 21:
      if (s.ndrAction === "re-attempt") return 17;
      if (s.ndrAction === "return" || s.scenario === "rto" || force || s.ndrWaitTicks >= 3)
        return 9;
      return null;
    case 9:
      return 46;
    case 46:
      return 41;
    case 41:
      return 10;
    default:
      return null;
  }
}

/** Moves the shipment to `code` and returns the scans that step prints, not yet printed. */
export function moveTo(s: SrShipment, code: number): Omit<Scan, "date">[] {
  if (s.code === 17) s.attempts++;
  if (code === 17) s.ndrAction = null;
  s.code = code;
  s.ndrWaitTicks = 0;
  return stepScans(s, code);
}
