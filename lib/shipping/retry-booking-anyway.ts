import type { Caller } from "@/lib/auth/caller";
import { db } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors/app-error";
import { shipOrder, type ShipOrderResult } from "./ship-order";

/**
 * "Retry anyway": ops have checked the panel of a courier that cannot look bookings up and found
 * no booking for this parcel, so it is booked again under a new reference (the courier never
 * sees the old one twice). Only for a booking whose outcome the courier could not tell.
 */
export async function retryBookingAnyway(input: {
  shipmentId: string;
  caller: Caller;
}): Promise<ShipOrderResult> {
  const shipment = await db.shipment.findUnique({
    where: { id: input.shipmentId },
    select: { orderId: true, direction: true, status: true, failureKind: true },
  });
  if (!shipment) throw notFound("The shipment");
  if (
    shipment.direction !== "FORWARD" ||
    shipment.status !== "FAILED" ||
    shipment.failureKind !== "OUTCOME_UNVERIFIABLE"
  )
    throw new AppError(
      "CONFLICT",
      `"Retry anyway" is only for a booking the courier may hold but cannot be asked about; this shipment is ${shipment.status.toLowerCase()}.`,
    );
  return shipOrder({ orderId: shipment.orderId, caller: input.caller, freshReference: true });
}
