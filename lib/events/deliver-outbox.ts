import { db } from "@/lib/db";
import { decryptSecret } from "@/lib/crypto/secrets";
import { log } from "@/lib/observability/logger";
import { signEvent, SIGNATURE_HEADER } from "./sign-event";

/** After this many failed attempts (about a day and a half of backoff) a delivery is DEAD. */
export const MAX_DELIVERY_ATTEMPTS = 12;
// A claimed delivery is invisible to other workers this long; a worker that dies mid-POST
// leaves it to be retried after the lease (at-least-once: subscribers dedupe on the event id).
const LEASE_MS = 2 * 60_000;
const TIMEOUT_MS = 10_000;
const PARALLEL = 8;

/** Exponential backoff with jitter: 30 s, 1 min, 2 min … capped at 6 h, each 50–100 %. */
export function deliveryBackoffMs(attempt: number, random = Math.random()): number {
  const base = Math.min(30_000 * 2 ** Math.max(0, attempt - 1), 6 * 3_600_000);
  return Math.round(base * (0.5 + random / 2));
}

interface Claimed {
  id: string;
  attempts: number;
  eventId: string;
  type: string;
  aggregateType: string;
  aggregateId: string;
  payload: Record<string, unknown>;
  url: string;
  secretEncrypted: string;
}

async function claimDue(limit: number, now: Date): Promise<Claimed[]> {
  const leaseUntil = new Date(now.getTime() + LEASE_MS);
  return db.$queryRaw<Claimed[]>`
    WITH due AS (
      SELECT id FROM "OutboxDelivery"
      WHERE status IN ('PENDING', 'FAILED') AND "nextAttemptAt" <= ${now}
      ORDER BY "nextAttemptAt" LIMIT ${limit}
      FOR UPDATE SKIP LOCKED
    ), claimed AS (
      UPDATE "OutboxDelivery" d SET attempts = d.attempts + 1, "nextAttemptAt" = ${leaseUntil}
      FROM due WHERE d.id = due.id
      RETURNING d.id, d.attempts, d."eventId", d."subscriberId"
    )
    SELECT c.id, c.attempts, e.id AS "eventId", e.type, e."aggregateType", e."aggregateId",
           e.payload, s.url, s."secretEncrypted"
    FROM claimed c
    JOIN "OutboxEvent" e ON e.id = c."eventId"
    JOIN "EventSubscriber" s ON s.id = c."subscriberId"`;
}

/** The JSON a subscriber receives; documented in lib/events/README.md. */
export function eventEnvelope(
  e: Pick<Claimed, "eventId" | "type" | "aggregateType" | "aggregateId" | "payload">,
) {
  const { occurredAt, ...data } = e.payload;
  return {
    id: e.eventId,
    type: e.type,
    aggregateType: e.aggregateType,
    aggregateId: e.aggregateId,
    occurredAt,
    data,
  };
}

async function post(
  d: Claimed,
  now: Date,
): Promise<{ ok: boolean; code: number | null; error: string | null }> {
  const body = JSON.stringify(eventEnvelope(d));
  try {
    const res = await fetch(d.url, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "user-agent": "Packline-Events/1",
        "x-packline-event-id": d.eventId,
        "x-packline-event-type": d.type,
        "x-packline-delivery-id": d.id,
        [SIGNATURE_HEADER]: signEvent(body, decryptSecret(d.secretEncrypted), now),
      },
      body,
      redirect: "manual",
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    await res.arrayBuffer().catch(() => undefined);
    return res.ok
      ? { ok: true, code: res.status, error: null }
      : { ok: false, code: res.status, error: `HTTP ${res.status}` };
  } catch (error) {
    return { ok: false, code: null, error: error instanceof Error ? error.message : String(error) };
  }
}

export interface OutboxDeliveryReport {
  delivered: number;
  retrying: number;
  dead: number;
}

/** POSTs due deliveries to their subscribers, signed; failures back off, then go DEAD. */
export async function deliverOutbox(
  options: { limit?: number; now?: Date } = {},
): Promise<OutboxDeliveryReport> {
  const now = options.now ?? new Date();
  const claimed = await claimDue(options.limit ?? 100, now);
  const report: OutboxDeliveryReport = { delivered: 0, retrying: 0, dead: 0 };
  for (let i = 0; i < claimed.length; i += PARALLEL) {
    await Promise.all(
      claimed.slice(i, i + PARALLEL).map(async (d) => {
        const result = await post(d, now);
        const dead = !result.ok && d.attempts >= MAX_DELIVERY_ATTEMPTS;
        await db.outboxDelivery.update({
          where: { id: d.id },
          data: result.ok
            ? {
                status: "DELIVERED",
                deliveredAt: new Date(),
                responseCode: result.code,
                lastError: null,
              }
            : {
                status: dead ? "DEAD" : "FAILED",
                responseCode: result.code,
                lastError: result.error?.slice(0, 500),
                nextAttemptAt: new Date(now.getTime() + deliveryBackoffMs(d.attempts)),
              },
          select: { id: true },
        });
        if (result.ok) report.delivered++;
        else if (dead) report.dead++;
        else report.retrying++;
        if (dead)
          log.warn("event delivery dead", {
            deliveryId: d.id,
            eventId: d.eventId,
            error: result.error,
          });
      }),
    );
  }
  return report;
}
