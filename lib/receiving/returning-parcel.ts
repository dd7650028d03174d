import { AppError } from "@/lib/errors/app-error";
import type { OrderStatus, ShipmentDirection, ShipmentStatus } from "@/lib/generated/prisma/enums";
import { formatIst } from "@/lib/warehouse/format";

/** A forward parcel the courier is bringing back to the warehouse (return to origin). */
export const RTO_STATUSES: ShipmentStatus[] = ["RTO_INITIATED", "RTO_IN_TRANSIT", "RTO_DELIVERED"];
/** A reverse (return) parcel once the courier has it or is about to collect it. */
const REVERSE_LIVE: ShipmentStatus[] = [
  "BOOKED",
  "PICKUP_SCHEDULED",
  "PICKED_UP",
  "IN_TRANSIT",
  "OUT_FOR_DELIVERY",
  "DELIVERED",
  "NDR",
];

export interface ParcelState {
  awb: string | null;
  direction: ShipmentDirection;
  status: ShipmentStatus;
  order: { number: string; status: OrderStatus };
  receipt: { createdAt: Date } | null;
}

/**
 * Why this parcel cannot be received, as a sentence, or null when it can: an RTO'd forward
 * parcel, or a return's reverse parcel, not received before. The order may already be Returned:
 * the courier's "RTO delivered" scan returns it (lib/shipping/sync-order-with-shipment.ts) before
 * anyone at the dock has opened the box. The scan and the receipt's transaction (under the
 * shipment's row lock) both ask it.
 */
export function refusalFor(parcel: ParcelState): string | null {
  const name = `Parcel ${parcel.awb ?? "without AWB"} (order ${parcel.order.number})`;
  if (parcel.receipt)
    return `${name} was already received on ${formatIst(parcel.receipt.createdAt)}; a parcel is received once.`;
  if (parcel.direction === "FORWARD") {
    if (RTO_STATUSES.includes(parcel.status)) return null;
    if (parcel.status === "DELIVERED")
      return `${name} was delivered to the customer and no return of it is on its way; it is not coming back.`;
    return `${name} is not coming back: the courier shows it as ${parcel.status.replaceAll("_", " ").toLowerCase()}, not returning to origin.`;
  }
  if (REVERSE_LIVE.includes(parcel.status)) return null;
  return `${name} is a return the courier shows as ${parcel.status.toLowerCase()}; it is not on its way back.`;
}

export function refuse(parcel: ParcelState): void {
  const why = refusalFor(parcel);
  if (why) throw new AppError("CONFLICT", why);
}
