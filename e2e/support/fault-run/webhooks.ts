import { labelForCode } from "../../../lib/couriers/shiprocket/status-map";
import { istStamp } from "../../../sandbox/couriers/shiprocket/journey";
import { sendPatiently, type ClientTally } from "./client";
import { sleep } from "./processes";

/** Shiprocket's tracking codes the flood walks each parcel through, ending Delivered. */
const IN_TRANSIT = 18;
const OUT_FOR_DELIVERY = 17;
const DELIVERED = 7;

export interface WebhookPlan {
  /** per AWB, the scans sent for it (each once, whatever the duplicates) */
  scansPerAwb: number;
  awbs: string[];
}

export interface WebhookLog {
  sent: number;
  duplicates: number;
  /** answers other than 200 */
  refused: string[];
}

/** One Shiprocket push per scan, as Shiprocket sends them (lib/couriers/shiprocket/webhook.ts). */
function push(awb: string, code: number, at: Date, hub: number): string {
  const label = labelForCode(code)!;
  const stamp = istStamp(at);
  const [day, time] = stamp.split(" ");
  const [y, m, d] = day!.split("-");
  return JSON.stringify({
    awb,
    current_status: label,
    shipment_status: label,
    shipment_status_id: code,
    current_timestamp: `${d} ${m} ${y} ${time}`,
    scans: [
      {
        date: stamp,
        status: label,
        activity: `${label} at hub ${hub}`,
        location: `Fault Run Hub ${hub}`,
        "sr-status": String(code),
        "sr-status-label": label,
      },
    ],
  });
}

/**
 * The pushes of a run: per AWB, `scansPerAwb` scans a minute apart (in transit at successive
 * hubs, out for delivery, delivered), sent out of order (each pair swapped), interleaved across
 * AWBs. Every tenth push is followed by an exact duplicate.
 */
export function planPushes(plan: WebhookPlan, start: Date): { body: string; duplicate: boolean }[] {
  const perAwb = plan.awbs.map((awb) => {
    const codes = [
      ...Array<number>(plan.scansPerAwb - 2).fill(IN_TRANSIT),
      OUT_FOR_DELIVERY,
      DELIVERED,
    ];
    const bodies = codes.map((code, i) =>
      push(awb, code, new Date(start.getTime() + i * 60_000), i),
    );
    for (let i = 0; i + 1 < bodies.length; i += 2)
      [bodies[i], bodies[i + 1]] = [bodies[i + 1]!, bodies[i]!];
    return bodies;
  });
  const out: { body: string; duplicate: boolean }[] = [];
  for (let i = 0; i < plan.scansPerAwb; i++)
    for (const bodies of perAwb) {
      out.push({ body: bodies[i]!, duplicate: false });
      if (out.length % 10 === 0) out.push({ body: bodies[i]!, duplicate: true });
    }
  return out;
}

/**
 * Sends the pushes across both web processes, spread evenly until `until`, with the demo
 * Shiprocket account's webhook token. A 503 or a dropped connection is sent again, as
 * Shiprocket retries.
 */
export async function floodWebhooks(
  webs: string[],
  token: string,
  pushes: { body: string; duplicate: boolean }[],
  tally: ClientTally,
  until: number,
): Promise<WebhookLog> {
  const log: WebhookLog = { sent: 0, duplicates: 0, refused: [] };
  const lanes = 4;
  const gapMs = Math.max(0, ((until - Date.now()) * lanes) / pushes.length);
  await Promise.all(
    Array.from({ length: lanes }, async (_, lane) => {
      for (let i = lane; i < pushes.length; i += lanes) {
        const { body, duplicate } = pushes[i]!;
        const web = webs[i % webs.length]!;
        const res = await sendPatiently(tally, `${web}/api/webhooks/shiprocket`, {
          method: "POST",
          headers: { "content-type": "application/json", "x-api-key": token },
          body,
        });
        log.sent++;
        if (duplicate) log.duplicates++;
        if (res.status !== 200)
          log.refused.push(`${res.status} ${(await res.text()).slice(0, 200)}`);
        else await res.body?.cancel();
        await sleep(gapMs);
      }
    }),
  );
  return log;
}
