import type { ShipmentStatus } from "../types";

// Every value of Ekart's documented `swift_status` enum (Ekart API Docs v3.8.8, track object).
// Anything else maps to null: stored raw and reported, never guessed.
const EKART_STATUS: Record<string, ShipmentStatus> = {
  "order placed": "BOOKED",
  "pickup pending": "PICKUP_SCHEDULED",
  "pickup scheduled": "PICKUP_SCHEDULED",
  "out for pickup": "PICKUP_SCHEDULED",
  // a failed pickup attempt: the parcel is still at the warehouse, awaiting the next attempt
  "not picked": "PICKUP_SCHEDULED",
  "pickup cancelled": "CANCELLED",
  "picked up": "PICKED_UP",
  "in transit": "IN_TRANSIT",
  "shipment delayed": "IN_TRANSIT",
  "out for delivery": "OUT_FOR_DELIVERY",
  delivered: "DELIVERED",
  undelivered: "NDR",
  // the drop pincode turned out unserviceable: needs the same seller decision as a failed attempt
  "not serviceable": "NDR",
  cancelled: "CANCELLED",
  "seller cancelled": "CANCELLED",
  "rto requested": "RTO_INITIATED",
  "seller rto requested": "RTO_INITIATED",
  "rto in transit": "RTO_IN_TRANSIT",
  "rto out for delivery": "RTO_IN_TRANSIT",
  "rto shipment delayed": "RTO_IN_TRANSIT",
  // the return delivery to the warehouse failed; the parcel is still on its way back
  "rto failed": "RTO_IN_TRANSIT",
  "rto delivered": "RTO_DELIVERED",
  lost: "LOST",
  damaged: "DAMAGED",
};

export const EKART_DOCUMENTED_STATUSES = Object.keys(EKART_STATUS);

export function mapEkartStatus(raw: string): ShipmentStatus | null {
  return EKART_STATUS[raw.trim().toLowerCase()] ?? null;
}
