import { createLifecycleClock } from "../shared/lifecycle-clock";
import { addScan, current, ekartState, FORWARD, RTO } from "./state";

/** The status an Ekart parcel moves to on the next tick; null when it waits or is done. */
export function nextEkartStatus(status: string): string | null {
  const forward = FORWARD.indexOf(status);
  if (forward >= 0) return FORWARD[forward + 1] ?? "Delivered";
  const rto = RTO.indexOf(status);
  if (rto >= 0) return RTO[rto + 1] ?? null;
  // "Undelivered" waits for an NDR action; "Delivered" and cancellations are final.
  return null;
}

/**
 * The sandbox Ekart's lifecycle clock (paused until `POST /ekart/_control/clock {stepMs}`):
 * every tick moves each parcel one scan along, pushing its signed track_updated webhook.
 */
export const ekartClock = createLifecycleClock(async () => {
  for (const parcel of ekartState.shipments.values()) {
    const next = nextEkartStatus(current(parcel).status);
    if (next) await addScan(parcel, next);
  }
}, 0);
