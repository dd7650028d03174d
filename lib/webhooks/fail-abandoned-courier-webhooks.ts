import { db } from "@/lib/db";
import { APPLY_TRIES, raiseApplyIncident } from "@/lib/shipping/apply-courier-webhook";
import { COURIER_WEBHOOK_PROVIDERS, COURIER_WEBHOOK_READERS } from "./courier-webhook-readers";

/**
 * Claims a delivery may take before it is given up: applyTries counts claims, and a try that
 * fails writes its outcome (the last one FAILED), so a row still RECEIVED past APPLY_TRIES has
 * had claims end with no outcome at all (a delivery that kills its worker, repeated outages).
 * The margin lets a few such claims pass before it is failed.
 */
export const CLAIMS_WITHOUT_OUTCOME_LIMIT = APPLY_TRIES + 3;

interface Abandoned {
  id: string;
  provider: string;
  rawBody: string;
  error: string;
}

/**
 * Fails the waiting courier deliveries that have used up their claims without an outcome, with
 * an incident each, in one transaction; only rows still RECEIVED and not under a live lease
 * (FOR UPDATE SKIP LOCKED, so a drain's claim in flight is left alone). Returns how many.
 */
export async function failAbandonedCourierWebhooks(): Promise<number> {
  return db.$transaction(async (tx) => {
    const rows = await tx.$queryRaw<Abandoned[]>`
      WITH abandoned AS (
        SELECT id FROM "WebhookEvent"
         WHERE status = 'RECEIVED' AND provider = ANY(${COURIER_WEBHOOK_PROVIDERS}::text[])
           AND "applyTries" >= ${CLAIMS_WITHOUT_OUTCOME_LIMIT}::int
           AND ("applyAfter" IS NULL OR "applyAfter" <= now())
         FOR UPDATE SKIP LOCKED)
      UPDATE "WebhookEvent" e
         SET status = 'FAILED', "processedAt" = now(),
             error = format('Applying it never finished: %s claims, the last %s without an outcome',
                            e."applyTries", e."applyTries" - ${APPLY_TRIES - 1}::int)
        FROM abandoned WHERE e.id = abandoned.id
      RETURNING e.id, e.provider, e."rawBody", e.error`;
    for (const row of rows) {
      const reader = COURIER_WEBHOOK_READERS[row.provider]!;
      const claim = { id: row.id, courier: reader.courier };
      await raiseApplyIncident(claim, firstAwb(reader.read, row.rawBody), row.error, tx);
    }
    return rows.length;
  });
}

function firstAwb(read: (rawBody: string) => { update: { awb: string } }[] | null, body: string) {
  try {
    return read(body)?.[0]?.update.awb ?? null;
  } catch {
    return null;
  }
}
