// The scans Delhivery applies at each lifecycle step, in the vocabulary of its published tracking
// answers (lib/couriers/delhivery/fixtures/production-answers.ts and the Shipcrowd transcription
// of the B2C docs): ScanType + Scan + NSL code + Instructions, and where the scan happens. A
// delivered forward journey is 21 scans (24 with a failed attempt), as a real one is 20 to 30.
// Steps whose NSL code Delhivery has not published carry none rather than an invented one.

/** Where a scan happens: the seller's warehouse, the origin centre, the gateway, the last-mile centre. */
export type Place = "client" | "origin" | "gateway" | "destination";

export interface StepScan {
  type: string;
  status: string;
  nsl: string | null;
  instructions: string;
  at: Place;
}

const ud = (status: string, nsl: string, instructions: string, at: Place): StepScan => ({
  type: "UD",
  status,
  nsl,
  instructions,
  at,
});
const scan = (
  type: string,
  status: string,
  instructions: string,
  at: Place,
  nsl: string | null = null,
): StepScan => ({ type, status, nsl, instructions, at });

/** A facility's sorting run: bagged, put on a trip, the vehicle leaves. */
const outbound = (at: Place) => [
  ud("In Transit", "X-DBL1F", "Added to Bag", at),
  ud("In Transit", "X-DLL2F", "Bag Added To Trip", at),
  ud("In Transit", "X-OLL4F", "Vehicle Departed", at),
];
/** A trip arriving at a facility and its bag being opened. */
const inbound = (at: Place) => [
  ud("In Transit", "X-ILL2F", "Trip Arrived", at),
  ud("In Transit", "X-ILL1F", "Bag Received at Facility", at),
];

export const STEPS: Record<string, StepScan[]> = {
  manifested: [ud("Manifested", "X-UCI", "Manifest uploaded", "origin")],
  "pickup-scheduled": [ud("Manifested", "FMPUR-101", "Pickup scheduled", "origin")],
  "picked-up": [ud("In Transit", "X-PPOM", "Shipment picked up", "client")],
  "in-transit": [
    ud("In Transit", "FMDEPART-101", "Vehicle departed from client location", "client"),
    ud("In Transit", "X-PIOM", "Shipment Recieved at Origin Center", "origin"),
    ...outbound("origin"),
    ...inbound("gateway"),
    ud("In Transit", "X-IBD3F", "Shipment Received at Facility", "gateway"),
    ud("In Transit", "X-DWS", "System weight captured", "gateway"),
    ...outbound("gateway"),
  ],
  "at-destination": [
    ...inbound("destination"),
    ud("Pending", "X-IBD3F", "Shipment Received at Facility", "destination"),
  ],
  "out-for-delivery": [
    ud("Dispatched", "X-DDD3FD", "Out for delivery", "destination"),
    ud("Dispatched", "ST-114", "Call placed to consignee", "destination"),
  ],
  delivered: [scan("DL", "Delivered", "Delivered to consignee", "destination", "EOD-38")],
  undelivered: [ud("Pending", "EOD-11", "Consignee Unavailable", "destination")],
  cancelled: [scan("UD", "Manifested", "Seller cancelled the order", "origin")],
  "rto-in-transit": [
    scan("RT", "In Transit", "Returned as per Client Instructions", "destination", "RT-101"),
  ],
  "rto-pending": [scan("RT", "Pending", "Shipment Received at Facility", "origin", "X-IBD3F")],
  "rto-dispatched": [scan("RT", "Dispatched", "Dispatched for RTO", "origin", "X-DDD3FD")],
  "rto-delivered": [scan("DL", "RTO", "Shipment delivered to origin", "client", "RD-AC")],
  "pp-open": [scan("PP", "Open", "Pickup request created", "destination")],
  "pp-scheduled": [scan("PP", "Scheduled", "Pickup scheduled", "destination")],
  "pp-dispatched": [scan("PP", "Dispatched", "Out for pickup", "destination")],
  "pu-in-transit": [scan("PU", "In Transit", "Shipment picked up", "destination")],
  "pu-pending": [scan("PU", "Pending", "Reached return centre", "origin")],
  "pu-dispatched": [scan("PU", "Dispatched", "Dispatched to client", "origin")],
  dto: [scan("DL", "DTO", "Delivered to client", "client")],
  "pp-cancelled": [scan("CN", "Canceled", "Pickup cancelled", "destination")],
};
