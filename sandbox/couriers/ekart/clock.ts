import { createLifecycleClock } from "../shared/lifecycle-clock";
import { addScan, recreateParcel } from "./lifecycle";
import { current, ekartState, FORWARD, RTO, type EkartParcel } from "./state";

/**
 * Drop pincodes whose parcels the sandbox Ekart misroutes once in transit and re-ships under a
 * new tracking id (shipment_recreated): Guwahati, one of the demo store's cities, so the demo
 * shows a re-creation without being asked. `POST /ekart/_control/recreate` does it for any parcel.
 */
export const EKART_MISROUTED_PINCODES = new Set(["781005"]);

/** The status an Ekart parcel moves to on the next tick; null when it waits or is done. */
export function nextEkartStatus(status: string): string | null {
  const forward = FORWARD.indexOf(status);
  if (forward >= 0) return FORWARD[forward + 1] ?? "Delivered";
  const rto = RTO.indexOf(status);
  if (rto >= 0) return RTO[rto + 1] ?? null;
  // "Undelivered" waits for an NDR action; "Delivered", cancellations and a parcel re-shipped
  // under a new tracking id ("Shipment Delayed") move no further.
  return null;
}

const misrouted = (parcel: EkartParcel) =>
  EKART_MISROUTED_PINCODES.has(parcel.dropPincode) &&
  !parcel.recreatedFrom &&
  current(parcel).status === "In Transit";

/** One tick: every parcel moves one scan along (or, misrouted, is re-created), pushing it. */
export async function moveEkartParcels(): Promise<void> {
  // a snapshot: a parcel re-created during this tick starts moving on the next one
  for (const parcel of [...ekartState.shipments.values()]) {
    if (misrouted(parcel)) {
      await recreateParcel(parcel, "Misrouted at Bhiwandi_MotherHub");
      continue;
    }
    const next = nextEkartStatus(current(parcel).status);
    if (next) await addScan(parcel, next);
  }
}

/** The sandbox Ekart's lifecycle clock, paused until `POST /ekart/_control/clock {stepMs}`. */
export const ekartClock = createLifecycleClock(moveEkartParcels, 0);
