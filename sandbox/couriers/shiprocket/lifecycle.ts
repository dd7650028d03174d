import type { Scan, SrShipment } from "./store";

// How a sandbox Shiprocket shipment moves, in Shiprocket's shipment status codes, with the scan
// a Delhivery-like partner would print for each step (codes from the docs' tracking samples).

const steps: Record<number, { label: string; scan: string; activity: string }> = {
  1: { label: "AWB ASSIGNED", scan: "X-UCI", activity: "Manifested - Consignment Manifested" },
  3: { label: "PICKUP SCHEDULED", scan: "FMPUR-101", activity: "Manifested - Pickup scheduled" },
  19: { label: "OUT FOR PICKUP", scan: "OFP", activity: "Out for Pickup" },
  42: { label: "PICKED UP", scan: "X-PPOM", activity: "In Transit - Shipment picked up" },
  6: { label: "SHIPPED", scan: "PKD", activity: "Picked Shipment InScan from Manifest" },
  18: { label: "IN TRANSIT", scan: "IT", activity: "InTransit Shipment added in Bag" },
  38: { label: "REACHED AT DESTINATION HUB", scan: "RAD", activity: "Reached at Destination" },
  17: { label: "OUT FOR DELIVERY", scan: "OFD", activity: "Out for Delivery" },
  7: { label: "DELIVERED", scan: "DLVD", activity: "Delivered" },
  21: { label: "UNDELIVERED", scan: "UD", activity: "Consignee unavailable - Undelivered" },
  9: { label: "RTO INITIATED", scan: "RTO", activity: "RTO Initiated" },
  46: { label: "RTO IN TRANSIT", scan: "RTO-IT", activity: "RTO In Transit" },
  41: { label: "RTO OFD", scan: "RTO-OFD", activity: "RTO Out for Delivery" },
  10: { label: "RTO DELIVERED", scan: "RTO-DLVD", activity: "RTO Delivered to shipper" },
  8: { label: "CANCELED", scan: "CAN", activity: "Shipment cancelled" },
};

export const terminal = new Set([7, 10, 8]);

/** Days left to deliver, for `etd`: the courier's promise at booking. */
export const promisedDays = 4;

/** "YYYY-MM-DD HH:mm:ss" in IST. */
export function istStamp(date = new Date()): string {
  const ist = new Date(date.getTime() + 330 * 60_000).toISOString();
  return `${ist.slice(0, 10)} ${ist.slice(11, 19)}`;
}

export const labelOf = (code: number): string => steps[code]?.label ?? "NA";

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

/** Moves the shipment to `code` and records its scan. */
export function moveTo(s: SrShipment, code: number, location: string): Scan {
  if (s.code === 17) s.attempts++;
  if (code === 17) s.ndrAction = null;
  s.code = code;
  s.ndrWaitTicks = 0;
  const step = steps[code] ?? { label: "NA", scan: "NA", activity: "Status update" };
  const scan: Scan = {
    date: istStamp(),
    status: step.scan,
    activity: step.activity,
    location,
    "sr-status": String(code),
    "sr-status-label": step.label,
  };
  s.scans.push(scan);
  return scan;
}
