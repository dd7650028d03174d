import { webhookBody } from "@/lib/couriers/shiprocket/fixtures/webhook-samples";
import { openLoop, request } from "./client";
import { every, since, timed, TRACKING_VISIBLE, type Flow } from "./flow-state";
import { ok, page } from "./session";

// After booking: the courier's tracking webhooks (three scans per parcel, 10 % delivered twice
// as couriers do, with the account's x-api-key token as the adapter verifies), the buyers'
// tracking page and its JSON, and ops looking at the order list and the shipping dashboard.
// The webhook's answer says only that it was taken; "webhook → tracking visible" is from the
// last scan's sending to the public tracking JSON showing it (polled round-robin, at most 50 a
// second; a parcel still waiting at a step's end counts with its wait so far: see load.ts).
const LABELS: Record<number, string> = {
  42: "PICKED UP",
  18: "IN TRANSIT",
  17: "OUT FOR DELIVERY",
};
const SHOWN = "OUT_FOR_DELIVERY";
/** five ops users, each looking at each screen about four times a minute */
const DASHBOARD_PER_SECOND = (5 * 4) / 60;

/** "23 05 2023 11:43:52" in IST, the webhook's `current_timestamp` layout. */
function istStamp(at: Date): string {
  const [date, time] = new Date(at.getTime() + 5.5 * 3600_000).toISOString().split("T");
  const [y, m, d] = date!.split("-");
  return `${d} ${m} ${y} ${time!.slice(0, 8)}`;
}

function scanBody(awb: string, code: number, n: number): string {
  const at = new Date(Date.now() - (3 - n) * 3600_000);
  return JSON.stringify({
    ...webhookBody,
    awb,
    current_status: LABELS[code],
    shipment_status: LABELS[code],
    shipment_status_id: code,
    current_timestamp: istStamp(at),
    sr_order_id: null,
    scans: [],
  });
}

let client = 0;
/** a client address per buyer: the tracking page's per-address limit is not what is measured */
const buyer = () => {
  const n = ++client;
  return { "x-forwarded-for": `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}` };
};

export function startCustomer(flow: Flow, historicAwb: () => string): () => void {
  const randomAwb = () =>
    flow.awbs.length && Math.random() < 0.8
      ? flow.awbs[Math.floor(Math.random() * flow.awbs.length)]!
      : historicAwb();
  const sendScan = (scan: Flow["scans"][number], at: number, repeat: boolean) =>
    timed(flow, "webhook: request (POST /api/webhooks/shiprocket)", at, async () => {
      const { awb, code, n } = scan;
      const sentAt = performance.now();
      const answer = await request(`${flow.base}/api/webhooks/shiprocket`, {
        method: "POST",
        headers: { "content-type": "application/json", "x-api-key": flow.shiprocket.webhookToken },
        body: scanBody(awb, code, n),
      });
      ok(answer, "POST /api/webhooks/shiprocket");
      if (n === 2 && !repeat) flow.awaitingTracking.set(awb, sentAt);
    });
  const stops = [
    openLoop(
      () => flow.rate * 3 * 1.1,
      (at) => {
        const scan = flow.scans.shift();
        if (!scan) return flow.rec.count("webhook: no scan waiting");
        void sendScan(scan, at, scan.repeat === true);
        if (!scan.repeat && Math.random() < 0.1)
          flow.scans.splice(Math.floor(Math.random() * 10), 0, { ...scan, repeat: true });
      },
    ),
    every(flow, 1000, async () => {
      for (const [awb, sentAt] of [...flow.awaitingTracking].slice(0, 50)) {
        // to the back of the queue first, so parcels that never show cannot starve the rest
        flow.awaitingTracking.delete(awb);
        flow.awaitingTracking.set(awb, sentAt);
        const answer = await request(`${flow.base}/api/track/${awb}`, { headers: buyer() });
        const { status } = ok<{ status: string }>(answer, "GET /api/track/[awb]");
        if (status !== SHOWN) continue;
        flow.awaitingTracking.delete(awb);
        flow.rec.add(TRACKING_VISIBLE, since(sentAt));
      }
    }),
    openLoop(
      () => flow.rate,
      (at) =>
        void timed(flow, "tracking: page (GET /track/<awb>)", at, async () =>
          page(
            await request(`${flow.base}/track/${randomAwb()}`, { headers: buyer() }),
            "GET /track/[awb]",
          ),
        ),
    ),
    openLoop(
      () => flow.rate,
      (at) =>
        void timed(flow, "tracking: JSON (GET /api/track/<awb>)", at, async () =>
          ok(
            await request(`${flow.base}/api/track/${randomAwb()}`, { headers: buyer() }),
            "GET /api/track/[awb]",
          ),
        ),
    ),
    openLoop(
      () => DASHBOARD_PER_SECOND,
      (at) =>
        void timed(flow, "dashboard: ops order list (GET /api/orders)", at, async () =>
          ok(await flow.users.ops.get("/api/orders?limit=50"), "GET /api/orders"),
        ),
    ),
    openLoop(
      () => DASHBOARD_PER_SECOND,
      (at) =>
        void timed(flow, "dashboard: shipping dashboard (GET /shipping)", at, async () =>
          page(await flow.users.ops.get("/shipping"), "GET /shipping"),
        ),
    ),
  ];
  return () => stops.forEach((stop) => stop());
}
