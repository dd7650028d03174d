import type { Courier } from "@/lib/couriers/courier";
import type { BookedShipment, ShipmentRequest } from "@/lib/couriers/types";
import { CourierError } from "@/lib/errors/courier-error";
import { log } from "@/lib/observability/logger";

const CREATE_ATTEMPTS = 2;
// A courier that timed out may still be writing the booking; give it a moment before asking.
const LOOKUP_DELAY_MS = 500;

const outcomeUnknown = (e: unknown) =>
  e instanceof CourierError &&
  (e.kind === "network" || e.kind === "server" || e.kind === "malformed");

/**
 * Books at the courier without ever creating a second AWB for one reference: a booking whose
 * answer was lost (timeout, 5xx, unreadable) is looked up by Packline's reference before it is
 * tried again, and so is any booking that an earlier attempt may have reached.
 */
export async function placeBooking(
  courier: Courier,
  request: ShipmentRequest,
  options: { lookupFirst: boolean },
): Promise<BookedShipment> {
  if (options.lookupFirst) {
    const found = await courier.findShipmentByReference(request.reference);
    if (found) return found;
  }
  for (let n = 1; ; n++) {
    try {
      return await courier.createShipment(request);
    } catch (error) {
      if (!outcomeUnknown(error)) throw error;
      log.warn("booking answer lost; looking it up before retrying", {
        courier: courier.code,
        reference: request.reference,
        error: (error as Error).message,
      });
      await new Promise((resolve) => setTimeout(resolve, LOOKUP_DELAY_MS));
      const found = await courier.findShipmentByReference(request.reference);
      if (found) return found;
      if (n >= CREATE_ATTEMPTS) throw error;
    }
  }
}
