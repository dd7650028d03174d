import type { Recorder } from "./client";
import type { Session } from "./session";

/** What the load process hands from one step of the flow to the next, and with which users. */
export interface Flow {
  base: string;
  sandbox: string;
  /** the offered rate of orders per second, changed by the ramp */
  rate: number;
  /** false while the shift starts: the backlog is worked off, nothing new arrives */
  importing: boolean;
  rec: Recorder;
  users: { admin: Session; ops: Session; pickers: Session[]; packer: Session };
  /** the Shiprocket account bookings go to, and the token its webhooks carry */
  shiprocket: { accountId: string; webhookToken: string };
  /** order lines imported and visible, for the pickers: SKU and quantity */
  toPick: { sku: string; qty: number }[];
  /** order ids the packing queue showed, not yet taken by the packer */
  toPack: string[];
  seenForPack: Set<string>;
  /** packed order ids waiting for booking */
  toBook: string[];
  /** scans to send (one webhook each): AWB, Shiprocket status code, the scan's number */
  scans: { awb: string; code: number; n: number; repeat?: boolean }[];
  /** AWBs whose last scan was sent at `sentAt`, until their tracking shows it */
  awaitingTracking: Map<string, number>;
  /** booked AWBs, newest last, for the customers opening their tracking page */
  awbs: string[];
  /** orders put in the store and orders booked since the start: the difference is in the flow */
  totals: { stored: number; booked: number };
  stopping: boolean;
}

/** how often the load asks for a sync: bookings come in waves of about this period */
export const SYNC_EVERY_MS = 10_000;
/** the counts of orders the store really took and orders booked, per step */
export const STORED = "orders put in the store";
export const BOOKED = "orders booked";
/** the figure of a parcel's last scan, from its webhook's sending to the tracking JSON showing it */
export const TRACKING_VISIBLE = "webhook → tracking visible";

export const since = (at: number) => performance.now() - at;

/** Runs `task` and records its latency from `scheduledAt`, or its failure; never throws. */
export async function timed<T>(
  flow: Flow,
  figure: string,
  scheduledAt: number,
  task: () => Promise<T>,
): Promise<T | undefined> {
  try {
    const result = await task();
    flow.rec.add(figure, since(scheduledAt));
    return result;
  } catch (error) {
    flow.rec.fail(figure, error instanceof Error ? error.message : String(error));
    return undefined;
  }
}

/** Every `ms` while the run lasts: `task`, one at a time (a poller that is slow falls behind). */
export function every(flow: Flow, ms: number, task: () => Promise<void>) {
  let running = false;
  const timer = setInterval(() => {
    if (running || flow.stopping) return;
    running = true;
    task()
      .catch(() => {})
      .finally(() => (running = false));
  }, ms);
  return () => clearInterval(timer);
}
