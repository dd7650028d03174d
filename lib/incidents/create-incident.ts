import { randomUUID } from "node:crypto";
import { db, type Tx } from "@/lib/db";
import type { IncidentCategory, IncidentSeverity } from "@/lib/generated/prisma/enums";
import { log } from "@/lib/observability/logger";

export interface CreateIncidentInput {
  category: IncidentCategory;
  severity: IncidentSeverity;
  /** where in the flow it failed, e.g. "order-sync", "razorpay-webhook", "shipment-booking" */
  stage: string;
  /** one sentence an ops person understands */
  title: string;
  orderId?: string | null;
  /** error details, ids, payload excerpts: shown on the incident, forwarded to ticketing */
  context?: Record<string, unknown>;
}

function plain(context: Record<string, unknown>): Record<string, unknown> {
  return JSON.parse(
    JSON.stringify(context, (_key, value: unknown) =>
      value instanceof Error ? { name: value.name, message: value.message } : value,
    ),
  ) as Record<string, unknown>;
}

/**
 * Records a failure for ops (the seeds' "failure tickets"). Pass `tx` to make the incident part
 * of the caller's transaction; without it the incident is written on its own, so it survives
 * the rollback of the work that failed. Forwarding to a ticketing webhook is the worker's job.
 * The same failure again (category, stage, title and order) while its incident is open only
 * counts a repeat and keeps the newest context: a store that stays down all night is one
 * incident, not hundreds. Returns the incident's id.
 */
export async function createIncident(input: CreateIncidentInput, tx?: Tx): Promise<string> {
  const client = tx ?? db;
  const [row] = await client.$queryRaw<{ id: string; occurrences: number }[]>`
    INSERT INTO "Incident" (id, category, severity, stage, title, "orderId", context, "dedupeKey",
      occurrences, "lastSeenAt", "createdAt")
    SELECT ${randomUUID()}, v.category, v.severity, v.stage, v.title, v."orderId", v.context,
      encode(sha256(convert_to(v.category::text || E'\n' || v.stage || E'\n' || v.title ||
        E'\n' || coalesce(v."orderId", ''), 'UTF8')), 'hex'),
      1, now(), now()
    FROM (SELECT ${input.category}::"IncidentCategory" AS category,
            ${input.severity}::"IncidentSeverity" AS severity, ${input.stage}::text AS stage,
            ${input.title.slice(0, 500)}::text AS title, ${input.orderId ?? null}::text AS "orderId",
            ${JSON.stringify(plain(input.context ?? {}))}::jsonb AS context) v
    ON CONFLICT ("dedupeKey") WHERE "resolvedAt" IS NULL DO UPDATE SET
      occurrences = "Incident".occurrences + 1, "lastSeenAt" = now(), context = EXCLUDED.context,
      severity = GREATEST("Incident".severity, EXCLUDED.severity)
    RETURNING id, occurrences`;
  const { id, occurrences } = row!;
  log.warn(occurrences > 1 ? "incident repeated" : "incident created", {
    incidentId: id,
    occurrences,
    category: input.category,
    severity: input.severity,
    stage: input.stage,
    orderId: input.orderId,
  });
  return id;
}
