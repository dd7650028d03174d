import type { ShipmentStatus } from "../types";

/**
 * Shiprocket's shipment status codes (the "Shipment Status Codes" table of apidocs.shiprocket.in,
 * Tracking section; the same ids arrive as `shipment_status` in tracking, `shipment_status_id`
 * in webhooks and `sr-status` on each scan) → Packline's canonical status. Codes 59–72 are
 * Shiprocket Fulfilment warehouse steps and 79–83 hyperlocal rider steps.
 */
const byCode: Record<number, { label: string; status: ShipmentStatus }> = {
  0: { label: "NEW", status: "PENDING" },
  1: { label: "AWB ASSIGNED", status: "BOOKED" },
  2: { label: "LABEL GENERATED", status: "BOOKED" },
  3: { label: "PICKUP SCHEDULED", status: "PICKUP_SCHEDULED" },
  4: { label: "PICKUP QUEUED", status: "PICKUP_SCHEDULED" },
  5: { label: "MANIFEST GENERATED", status: "PICKUP_SCHEDULED" },
  6: { label: "SHIPPED", status: "IN_TRANSIT" },
  7: { label: "DELIVERED", status: "DELIVERED" },
  8: { label: "CANCELED", status: "CANCELLED" },
  9: { label: "RTO INITIATED", status: "RTO_INITIATED" },
  10: { label: "RTO DELIVERED", status: "RTO_DELIVERED" },
  11: { label: "PENDING", status: "PENDING" },
  12: { label: "LOST", status: "LOST" },
  // A failed pickup attempt: the parcel is still with us and the courier comes again.
  13: { label: "PICKUP ERROR", status: "PICKUP_SCHEDULED" },
  // The seller acknowledged the returned parcel: it is back home.
  14: { label: "RTO ACKNOWLEDGED", status: "RTO_DELIVERED" },
  15: { label: "PICKUP RESCHEDULED", status: "PICKUP_SCHEDULED" },
  // Shiprocket completes requested cancellations itself; the courier no longer moves the parcel.
  16: { label: "CANCELLATION REQUESTED", status: "CANCELLED" },
  17: { label: "OUT FOR DELIVERY", status: "OUT_FOR_DELIVERY" },
  18: { label: "IN TRANSIT", status: "IN_TRANSIT" },
  19: { label: "OUT FOR PICKUP", status: "PICKUP_SCHEDULED" },
  20: { label: "PICKUP EXCEPTION", status: "PICKUP_SCHEDULED" },
  21: { label: "UNDELIVERED", status: "NDR" },
  22: { label: "DELAYED", status: "IN_TRANSIT" },
  23: { label: "PARTIAL DELIVERED", status: "DELIVERED" },
  24: { label: "DESTROYED", status: "DAMAGED" },
  25: { label: "DAMAGED", status: "DAMAGED" },
  26: { label: "FULFILLED", status: "DELIVERED" },
  27: { label: "PICKUP BOOKED", status: "PICKUP_SCHEDULED" },
  38: { label: "REACHED AT DESTINATION HUB", status: "IN_TRANSIT" },
  39: { label: "MISROUTED", status: "IN_TRANSIT" },
  40: { label: "RTO NDR", status: "RTO_IN_TRANSIT" },
  41: { label: "RTO OFD", status: "RTO_IN_TRANSIT" },
  42: { label: "PICKED UP", status: "PICKED_UP" },
  43: { label: "SELF FULFILLED", status: "DELIVERED" },
  44: { label: "DISPOSED OFF", status: "LOST" },
  45: { label: "CANCELLED BEFORE DISPATCHED", status: "CANCELLED" },
  46: { label: "RTO IN TRANSIT", status: "RTO_IN_TRANSIT" },
  // Return pickup refused at the door after the quality check: nothing travels.
  47: { label: "QC FAILED", status: "CANCELLED" },
  48: { label: "REACHED WAREHOUSE", status: "IN_TRANSIT" },
  49: { label: "CUSTOM CLEARED", status: "IN_TRANSIT" },
  50: { label: "IN FLIGHT", status: "IN_TRANSIT" },
  51: { label: "HANDOVER TO COURIER", status: "PICKED_UP" },
  52: { label: "SHIPMENT BOOKED", status: "BOOKED" },
  54: { label: "IN TRANSIT OVERSEAS", status: "IN_TRANSIT" },
  55: { label: "CONNECTION ALIGNED", status: "IN_TRANSIT" },
  56: { label: "REACHED OVERSEAS WAREHOUSE", status: "IN_TRANSIT" },
  57: { label: "CUSTOM CLEARED OVERSEAS", status: "IN_TRANSIT" },
  59: { label: "BOX PACKING", status: "PENDING" },
  60: { label: "FC ALLOCATED", status: "PENDING" },
  61: { label: "PICKLIST GENERATED", status: "PENDING" },
  62: { label: "READY TO PACK", status: "PENDING" },
  63: { label: "PACKED", status: "PENDING" },
  67: { label: "FC MANIFEST GENERATED", status: "PENDING" },
  68: { label: "PROCESSED AT WAREHOUSE", status: "PENDING" },
  71: { label: "HANDOVER EXCEPTION", status: "PENDING" },
  72: { label: "PACKED EXCEPTION", status: "PENDING" },
  75: { label: "RTO LOCK", status: "RTO_INITIATED" },
  76: { label: "UNTRACEABLE", status: "LOST" },
  77: { label: "ISSUE RELATED TO THE RECIPIENT", status: "NDR" },
  78: { label: "REACHED BACK AT SELLER CITY", status: "RTO_IN_TRANSIT" },
  79: { label: "RIDER ASSIGNED", status: "PICKUP_SCHEDULED" },
  80: { label: "RIDER UNASSIGNED", status: "PICKUP_SCHEDULED" },
  81: { label: "RIDER ASSIGNED", status: "PICKUP_SCHEDULED" },
  82: { label: "RIDER REACHED AT DROP", status: "OUT_FOR_DELIVERY" },
  83: { label: "SEARCHING FOR RIDER", status: "PICKUP_SCHEDULED" },
};

// Labels as they appear in `current_status` (several spellings are in use: CANCELED/CANCELLED).
const byLabel = new Map<string, ShipmentStatus>(
  Object.values(byCode).map(({ label, status }) => [label, status]),
);
byLabel.set("CANCELLED", "CANCELLED");
byLabel.set("PICKUP GENERATED", "PICKUP_SCHEDULED");
byLabel.set("REACHED AT DESTINATION", "IN_TRANSIT");
byLabel.set("RTO IN INTRANSIT", "RTO_IN_TRANSIT");
byLabel.set("RETURN PENDING", "PENDING");

/** Canonical status of a Shiprocket status code; null for a code we do not know. */
export function statusFromCode(code: number | string | null | undefined): ShipmentStatus | null {
  if (code === null || code === undefined || code === "" || code === "NA") return null;
  const n = typeof code === "number" ? code : Number(code);
  if (!Number.isInteger(n)) return null;
  return byCode[n]?.status ?? null;
}

/** Canonical status of a Shiprocket status label ("IN TRANSIT", "Delivered"); null if unknown. */
export function statusFromLabel(label: string | null | undefined): ShipmentStatus | null {
  if (!label) return null;
  return (
    byLabel.get(
      label
        .trim()
        .toUpperCase()
        .replace(/[_\s]+/g, " "),
    ) ?? null
  );
}

/** Shiprocket's own label for a code, for raw storage when a payload carries only the code. */
export function labelForCode(code: number): string | null {
  return byCode[code]?.label ?? null;
}
