// How a sandbox Delhivery parcel moves: named steps, each printed as the scan Delhivery shows
// (StatusType + Status + NSL code + instructions). The pairs are Delhivery's documented ones; the
// NSL codes X-UCI, FMPUR-101, X-PPOM, X-PIOM, X-ILL2F, X-IBD3F come from its tracking samples.

export interface StepScan {
  type: string;
  status: string;
  nsl: string | null;
  instructions: string;
}

export const STEPS: Record<string, StepScan> = {
  manifested: { type: "UD", status: "Manifested", nsl: "X-UCI", instructions: "Manifest uploaded" },
  "pickup-scheduled": {
    type: "UD",
    status: "Manifested",
    nsl: "FMPUR-101",
    instructions: "Pickup scheduled",
  },
  "picked-up": {
    type: "UD",
    status: "In Transit",
    nsl: "X-PPOM",
    instructions: "Shipment picked up",
  },
  "in-transit": { type: "UD", status: "In Transit", nsl: "X-ILL2F", instructions: "Trip Arrived" },
  "at-destination": {
    type: "UD",
    status: "Pending",
    nsl: "X-IBD3F",
    instructions: "Shipment Received at Facility",
  },
  "out-for-delivery": {
    type: "UD",
    status: "Dispatched",
    nsl: "X-DDD3FD",
    instructions: "Out for delivery",
  },
  delivered: {
    type: "DL",
    status: "Delivered",
    nsl: "EOD-38",
    instructions: "Delivered to consignee",
  },
  undelivered: {
    type: "UD",
    status: "Pending",
    nsl: "EOD-11",
    instructions: "Consignee Unavailable",
  },
  cancelled: {
    type: "UD",
    status: "Manifested",
    nsl: null,
    instructions: "Seller cancelled the order",
  },
  "rto-in-transit": {
    type: "RT",
    status: "In Transit",
    nsl: "RT-101",
    instructions: "Returned as per Client Instructions",
  },
  "rto-pending": {
    type: "RT",
    status: "Pending",
    nsl: "X-IBD3F",
    instructions: "Shipment Received at Facility",
  },
  "rto-dispatched": {
    type: "RT",
    status: "Dispatched",
    nsl: "X-DDD3FD",
    instructions: "Dispatched for RTO",
  },
  "rto-delivered": {
    type: "DL",
    status: "RTO",
    nsl: "RD-AC",
    instructions: "Shipment delivered to origin",
  },
  "pp-open": { type: "PP", status: "Open", nsl: null, instructions: "Pickup request created" },
  "pp-scheduled": { type: "PP", status: "Scheduled", nsl: null, instructions: "Pickup scheduled" },
  "pp-dispatched": { type: "PP", status: "Dispatched", nsl: null, instructions: "Out for pickup" },
  "pu-in-transit": {
    type: "PU",
    status: "In Transit",
    nsl: null,
    instructions: "Shipment picked up",
  },
  "pu-pending": { type: "PU", status: "Pending", nsl: null, instructions: "Reached return centre" },
  "pu-dispatched": {
    type: "PU",
    status: "Dispatched",
    nsl: null,
    instructions: "Dispatched to client",
  },
  dto: { type: "DL", status: "DTO", nsl: null, instructions: "Delivered to client" },
  "pp-cancelled": { type: "CN", status: "Canceled", nsl: null, instructions: "Pickup cancelled" },
};

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
