import type { CourierCode } from "@/lib/generated/prisma/enums";

// What customers read instead of a courier's own words: per courier, the kinds of place its
// hub names end in and its activities in plain words. Data only; readable-place.ts and
// tracking-timeline.ts apply it. The raw strings each entry was written for come from the
// couriers' published samples (lib/couriers/*/fixtures, the adapters' tests) and the sandbox.

export interface ActivityWords {
  /** matched against the courier's raw status and remarks together, e.g. "In Transit (UD) Bag Received at Facility" */
  match: RegExp;
  say: string;
}

export interface CourierWording {
  /**
   * The last part of an underscore-coded facility name ("Hyderabad_Shamshabad_HB") and the word
   * for that kind of place. A kind not listed (a delivery centre, "_D", "_DC") shows the city.
   */
  facilityKinds: Record<string, string>;
  /** first match wins; a courier's own phrases come before the shared ones */
  activities: ActivityWords[];
}

/** Delhivery's hub names, also passed through by Shiprocket for parcels Delhivery carries. */
const DELHIVERY_FACILITIES = { HB: "hub", GW: "gateway" };

// Order matters: a return's "RTO Out for Delivery" is a return, and "Undelivered" is not
// "Delivered".
const SHARED: ActivityWords[] = [
  {
    match: /RTO[ -]?Delivered|delivered to (origin|shipper|client)|returned to (seller|shipper)/i,
    say: "Returned to the seller",
  },
  { match: /\bRTO\b|return(ed)? (to origin|as per client)/i, say: "Returning to the seller" },
  { match: /cancel/i, say: "Shipment cancelled" },
  {
    match: /undelivered|consignee unavailable|delivery attempt|not delivered/i,
    say: "Delivery attempted, not delivered",
  },
  { match: /out for delivery/i, say: "Out for delivery" },
  { match: /\bdelivered\b/i, say: "Delivered" },
  { match: /out for pickup/i, say: "Courier on the way to pick up" },
  { match: /pickup (scheduled|pending|request created)/i, say: "Pickup scheduled" },
  { match: /picked ?up|pick ?done/i, say: "Picked up by the courier" },
  { match: /delay/i, say: "Delayed in transit" },
  { match: /in ?transit|received at facility|trip arrived/i, say: "In transit" },
  { match: /manifest/i, say: "Shipment details sent to the courier" },
  { match: /\blost\b/i, say: "Lost in transit" },
  { match: /damaged/i, say: "Damaged in transit" },
];

export const COURIER_WORDING: Record<CourierCode, CourierWording> = {
  SHIPROCKET: {
    facilityKinds: DELHIVERY_FACILITIES,
    activities: [
      // "REACHED AT DESTINATION HUB Reached at Destination Shipment BagOut From Bag : nxbg…"
      { match: /reached at destination/i, say: "Reached the delivery hub" },
      // "SHIPPED Picked Shipment InScan from Manifest", "IN TRANSIT InTransit Shipment added in Bag …"
      { match: /inscan|added in bag|^shipped\b/i, say: "In transit" },
      // uncoded lines: "Pending Manifest Data Received", "Shipment information sent to FedEx - OC"
      {
        match: /manifest data received|information sent to|awb assigned/i,
        say: "Shipment details sent to the courier",
      },
      ...SHARED,
    ],
  },
  DELHIVERY: {
    facilityKinds: DELHIVERY_FACILITIES,
    activities: [
      // Delhivery's raw status carries its type: "Dispatched (UD)" is out for delivery,
      // "Pending (UD)" waiting at the delivery centre, "(PU)" lines are a return pickup's
      { match: /dispatched \(UD\)/i, say: "Out for delivery" },
      { match: /reached return centre/i, say: "Reached the return centre" },
      { match: /dispatched to client/i, say: "Out for delivery to the seller" },
      { match: /pending \(UD\) shipment received at facility/i, say: "Reached the delivery hub" },
      ...SHARED,
    ],
  },
  EKART: {
    facilityKinds: { Hub: "hub", MotherHub: "sorting hub" },
    activities: [
      { match: /^order placed/i, say: "Shipment details sent to the courier" },
      { match: /not picked/i, say: "Pickup attempted, not picked up" },
      { match: /not serviceable/i, say: "Delivery not possible to this pincode" },
      ...SHARED,
    ],
  },
};

/** A courier's wording; a shipment without a courier (a dry run) gets the shared phrases only. */
export function wordingFor(courier: CourierCode | null): CourierWording {
  return courier ? COURIER_WORDING[courier] : { facilityKinds: {}, activities: SHARED };
}
