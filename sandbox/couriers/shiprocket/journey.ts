import type { Scan, SrShipment } from "./store";

/**
 * The scans a sandbox Shiprocket shipment prints on each step of its journey, keyed by the
 * Shiprocket shipment status the step moves it to. Scan codes and wording are Shiprocket's
 * published ones where it publishes them (lib/couriers/shiprocket/fixtures: the webhook sample's
 * Delhivery scans X-PPOM…X-DWS, the AWB tracking sample's DRC/OFP/RAD/OFD/DLVD, the shipment
 * tracking sample's FMPUR-101), including which of them carry no Shiprocket status ("NA"):
 * "Pending Manifest Data Received", "Manifested - Pickup scheduled", "Added to Bag", "System
 * weight captured". The NDR, RTO and cancel wording is not published and is the sandbox's own.
 */
type Place = "origin" | "hub" | "destination";
type Step = { scan: string; activity: string; sr: number | "NA"; at: Place }[];

const journey: Record<number, Step> = {
  1: [{ scan: "DRC", activity: "Pending Manifest Data Received", sr: "NA", at: "origin" }],
  3: [{ scan: "FMPUR-101", activity: "Manifested - Pickup scheduled", sr: "NA", at: "origin" }],
  19: [{ scan: "OFP", activity: "Out for Pickup", sr: 19, at: "origin" }],
  42: [{ scan: "X-PPOM", activity: "In Transit - Shipment picked up", sr: 42, at: "origin" }],
  6: [
    {
      scan: "X-PIOM",
      activity: "In Transit - Shipment Recieved at Origin Center",
      sr: 6,
      at: "origin",
    },
    { scan: "X-DBL1F", activity: "In Transit - Added to Bag", sr: "NA", at: "origin" },
  ],
  18: [
    { scan: "X-DLL2F", activity: "In Transit - Bag Added To Trip", sr: 18, at: "origin" },
    { scan: "X-ILL2F", activity: "In Transit - Trip Arrived", sr: 18, at: "hub" },
    { scan: "X-ILL1F", activity: "In Transit - Bag Received at Facility", sr: 18, at: "hub" },
    { scan: "X-IBD3F", activity: "In Transit - Shipment Received at Facility", sr: 18, at: "hub" },
    { scan: "X-DWS", activity: "In Transit - System weight captured", sr: "NA", at: "hub" },
  ],
  38: [{ scan: "RAD", activity: "Reached at Destination", sr: 38, at: "destination" }],
  17: [{ scan: "OFD", activity: "Out for Delivery", sr: 17, at: "destination" }],
  7: [{ scan: "DLVD", activity: "Delivered", sr: 7, at: "destination" }],
  21: [{ scan: "UD", activity: "Consignee unavailable - Undelivered", sr: 21, at: "destination" }],
  9: [{ scan: "RTO", activity: "RTO Initiated", sr: 9, at: "destination" }],
  46: [{ scan: "RTO-IT", activity: "RTO In Transit", sr: 46, at: "hub" }],
  41: [{ scan: "RTO-OFD", activity: "RTO Out for Delivery", sr: 41, at: "origin" }],
  10: [{ scan: "RTO-DLVD", activity: "RTO Delivered to shipper", sr: 10, at: "origin" }],
  8: [{ scan: "CAN", activity: "Shipment cancelled", sr: 8, at: "origin" }],
};

/** Shiprocket's shipment-status labels for the codes a sandbox journey passes through. */
const labels: Record<number, string> = {
  0: "NEW",
  1: "AWB ASSIGNED",
  3: "PICKUP SCHEDULED",
  19: "OUT FOR PICKUP",
  42: "PICKED UP",
  6: "SHIPPED",
  18: "IN TRANSIT",
  38: "REACHED AT DESTINATION HUB",
  17: "OUT FOR DELIVERY",
  7: "DELIVERED",
  21: "UNDELIVERED",
  9: "RTO INITIATED",
  46: "RTO IN TRANSIT",
  41: "RTO OFD",
  10: "RTO DELIVERED",
  8: "CANCELED",
};

export const labelOf = (code: number): string => labels[code] ?? "NA";

// A return travels the other way: picked up in the customer's city, delivered to the warehouse.
const hubs = {
  warehouse: "Gurgaon_Bilaspur_HB (Haryana)",
  hub: "Hyderabad_Shamshabad_HB (Telangana)",
  customer: "Vizag_Gajuwaka_DC (Andhra Pradesh)",
};

function placeOf(s: SrShipment, at: Place): string {
  if (at === "hub") return hubs.hub;
  return (at === "origin") !== s.isReturn ? hubs.warehouse : hubs.customer;
}

/** "YYYY-MM-DD HH:mm:ss" in IST. */
export function istStamp(date = new Date()): string {
  const ist = new Date(date.getTime() + 330 * 60_000).toISOString();
  return `${ist.slice(0, 10)} ${ist.slice(11, 19)}`;
}

/** The scans the step into `code` prints, in order; each is dated when it is printed. */
export function stepScans(s: SrShipment, code: number): Omit<Scan, "date">[] {
  return (journey[code] ?? []).map((step) => ({
    status: step.scan,
    activity: step.activity,
    location: placeOf(s, step.at),
    "sr-status": String(step.sr),
    "sr-status-label": step.sr === "NA" ? "NA" : labelOf(step.sr),
  }));
}
