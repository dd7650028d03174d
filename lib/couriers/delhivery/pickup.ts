import type * as T from "../types";
import { invalid, type DelhiveryCall } from "./client";
import { istDateTime } from "./read";

/** When the warehouse names no time: Delhivery's pickup_time is required. */
const DEFAULT_PICKUP_TIME = "11:00:00";

/** A pickup request is per warehouse, not per waybill (one open request per location and day). */
export async function requestPickup(
  call: DelhiveryCall,
  request: T.PickupRequest,
  accountLocation: string | null,
): Promise<T.PickupResult> {
  const location = (request.locationName ?? accountLocation ?? "").trim();
  if (!location) throw invalid("a Delhivery pickup needs the registered warehouse name");
  const time = request.pickupTime ? `${request.pickupTime}:00` : DEFAULT_PICKUP_TIME;
  const { body } = await call<{ pickup_id?: number | string; pickup_date?: string }>({
    endpoint: "pickup",
    method: "POST",
    path: "/fm/request/new/",
    body: {
      pickup_time: time,
      pickup_date: request.pickupDate,
      pickup_location: location,
      expected_package_count: Math.max(1, request.expectedPackageCount),
    },
  });
  return {
    scheduledFor: istDateTime(`${body?.pickup_date ?? request.pickupDate}T${time}`),
    pickupToken: body?.pickup_id != null ? String(body.pickup_id) : null,
    raw: body,
  };
}
