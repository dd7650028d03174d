import type { ShipmentStatus } from "../types";

// Delhivery reports a scan as StatusType + Status (+ an NSL code), e.g. UD/"In Transit"/X-PPOM.
// The pairs below are every one Delhivery documents (B2C API, "Package Lifecycle" and "Statuses
// pushed through the webhook"): UD = forward, RT = returning to origin, PP/PU = reverse pickup,
// DL = terminal delivery (Delivered, RTO, DTO), CN = cancelled pickup. Anything else maps to
// null: stored raw and reported, never guessed.
const BY_TYPE_AND_STATUS: Record<string, ShipmentStatus> = {
  "UD/manifested": "BOOKED",
  // pickup attempted but the parcel is still at the warehouse, waiting for the next attempt
  "UD/not picked": "PICKUP_SCHEDULED",
  "UD/in transit": "IN_TRANSIT",
  // at the destination centre, not yet out; an NSL "EOD-*" code makes it a failed attempt (below)
  "UD/pending": "IN_TRANSIT",
  "UD/dispatched": "OUT_FOR_DELIVERY",
  "DL/delivered": "DELIVERED",
  "RT/in transit": "RTO_IN_TRANSIT",
  "RT/pending": "RTO_IN_TRANSIT",
  "RT/dispatched": "RTO_IN_TRANSIT",
  "DL/rto": "RTO_DELIVERED",
  "PP/open": "BOOKED",
  "PP/scheduled": "PICKUP_SCHEDULED",
  "PP/dispatched": "PICKUP_SCHEDULED",
  "PU/in transit": "IN_TRANSIT",
  "PU/pending": "IN_TRANSIT",
  "PU/dispatched": "OUT_FOR_DELIVERY",
  "DL/dto": "DELIVERED",
  "CN/canceled": "CANCELLED",
  "CN/cancelled": "CANCELLED",
  "CN/closed": "CANCELLED",
};

/** NSL codes that refine a pair (from Delhivery's documented tracking samples). */
const BY_NSL: Record<string, ShipmentStatus> = {
  "FMPUR-101": "PICKUP_SCHEDULED", // UD/Manifested "Pickup scheduled"
  "X-PPOM": "PICKED_UP", // UD/In Transit "Shipment picked up"
};

export const DELHIVERY_DOCUMENTED_PAIRS = Object.keys(BY_TYPE_AND_STATUS);

export interface DelhiveryScanFields {
  statusType: string | null | undefined;
  status: string | null | undefined;
  nslCode?: string | null;
  instructions?: string | null;
}

export function mapDelhiveryStatus(scan: DelhiveryScanFields): ShipmentStatus | null {
  const type = (scan.statusType ?? "").trim().toUpperCase();
  const status = (scan.status ?? "").trim().toLowerCase();
  const nsl = (scan.nslCode ?? "").trim().toUpperCase();
  if (status === "lost") return "LOST";
  const base = BY_TYPE_AND_STATUS[`${type}/${status}`];
  if (!base) return null;
  // Delhivery documents that a manifested shipment cancelled before pickup stays UD/Manifested;
  // only the remark says it was cancelled.
  if (type === "UD" && status === "manifested" && /cancel/i.test(scan.instructions ?? ""))
    return "CANCELLED";
  // A forward shipment back at the destination centre with an end-of-delivery (EOD) NSL code
  // is an undelivered attempt: the codes the NDR API accepts for RE-ATTEMPT are all EOD-*.
  if (type === "UD" && status === "pending" && nsl.startsWith("EOD-")) return "NDR";
  if (type === "UD" && BY_NSL[nsl]) return BY_NSL[nsl];
  return base;
}

/** "Status/StatusType" as stored raw, e.g. "In Transit (UD)". */
export function rawDelhiveryStatus(scan: DelhiveryScanFields): string {
  const type = (scan.statusType ?? "").trim();
  return type ? `${scan.status ?? ""} (${type})` : String(scan.status ?? "");
}
