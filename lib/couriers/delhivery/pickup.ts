import { CourierError } from "@/lib/errors/courier-error";
import type * as T from "../types";
import { invalid, type DelhiveryCall } from "./client";
import { istDateTime } from "./read";

/** When the warehouse names no time: Delhivery's pickup_time is required. */
const DEFAULT_PICKUP_TIME = "11:00:00";

/** Delhivery's refusal of a second request for a warehouse and day, naming the open one. */
const OPEN_REQUEST = /Pickup Request (\d+) for this Pickup Location Already Exist/i;

/**
 * A pickup request is per warehouse, not per waybill (one open request per location and day):
 * a second handover the same day is collected by the request already open, so Delhivery's
 * refusal naming it is that request's answer, not a failure.
 */
export async function requestPickup(
  call: DelhiveryCall,
  request: T.PickupRequest,
  accountLocation: string | null,
): Promise<T.PickupResult> {
  const location = (request.locationName ?? accountLocation ?? "").trim();
  if (!location) throw invalid("a Delhivery pickup needs the registered warehouse name");
  const time = request.pickupTime ? `${request.pickupTime}:00` : DEFAULT_PICKUP_TIME;
  let body: { pickup_id?: number | string; pickup_date?: string } | undefined;
  try {
    ({ body } = await call<{ pickup_id?: number | string; pickup_date?: string }>({
      endpoint: "pickup",
      method: "POST",
      path: "/fm/request/new/",
      body: {
        pickup_time: time,
        pickup_date: request.pickupDate,
        pickup_location: location,
        expected_package_count: Math.max(1, request.expectedPackageCount),
      },
    }));
  } catch (error) {
    if (!(error instanceof CourierError) || error.kind !== "rejected") throw error;
    const open = OPEN_REQUEST.exec(error.courierMessage ?? "");
    if (!open) throw error;
    // its time is the first request's, which Delhivery does not repeat
    return {
      scheduledFor: null,
      pickupToken: open[1]!,
      raw: { openRequest: open[1], message: error.courierMessage },
    };
  }
  return {
    scheduledFor: istDateTime(`${body?.pickup_date ?? request.pickupDate}T${time}`),
    pickupToken: body?.pickup_id != null ? String(body.pickup_id) : null,
    raw: body,
  };
}
