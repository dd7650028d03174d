import type { Courier } from "@/lib/couriers/courier";
import type { BookedShipment, ShipmentRequest } from "@/lib/couriers/types";
import { log } from "@/lib/observability/logger";
import { courierAnswerLost, MayHoldBooking, UnverifiableBooking } from "./booking-failure";

const CREATE_ATTEMPTS = 2;
// A courier that timed out may still be writing the booking; give it a moment before asking.
const LOOKUP_DELAY_MS = 500;

/**
 * Books at the courier without ever creating a second AWB for one reference. Where the courier
 * can look bookings up, a booking whose answer was lost (timeout, 5xx, unreadable) is looked up
 * by Packline's reference before it is tried again, and so is one an earlier attempt may have
 * placed (`mayExist`). Where it cannot (Ekart), a lost answer is not retried and an earlier
 * attempt that may have booked stops the booking: ops check the courier's panel first.
 * `beforeCall` runs before every courier call (the booker renews its claim there, held-claim.ts).
 */
export async function placeBooking(
  courier: Courier,
  request: ShipmentRequest,
  options: { mayExist: boolean; beforeCall: () => Promise<void> },
): Promise<BookedShipment> {
  const canLookUp = courier.capabilities.trackByReference;
  const lookUp = async () => {
    await options.beforeCall();
    return courier.findShipmentByReference(request.reference);
  };
  // an earlier call under this reference may have booked: a refusal now proves nothing
  let mayHold = options.mayExist;
  if (options.mayExist) {
    if (!canLookUp) throw new UnverifiableBooking(courier.code, request.reference);
    const found = await lookUp();
    if (found) return found;
  }
  for (let n = 1; ; n++) {
    try {
      await options.beforeCall();
      return await courier.createShipment(request);
    } catch (error) {
      if (!courierAnswerLost(error) && mayHold) throw new MayHoldBooking(courier.code, error);
      if (!courierAnswerLost(error) || !canLookUp) throw error;
      mayHold = true;
      log.warn("booking answer lost; looking it up before retrying", {
        courier: courier.code,
        reference: request.reference,
        error: (error as Error).message,
      });
      await new Promise((resolve) => setTimeout(resolve, LOOKUP_DELAY_MS));
      const found = await lookUp();
      if (found) return found;
      if (n >= CREATE_ATTEMPTS) throw error;
    }
  }
}
