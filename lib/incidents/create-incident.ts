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
 */
export async function createIncident(input: CreateIncidentInput, tx?: Tx): Promise<string> {
  const client = tx ?? db;
  const row = await client.incident.create({
    data: {
      category: input.category,
      severity: input.severity,
      stage: input.stage,
      title: input.title.slice(0, 500),
      orderId: input.orderId ?? null,
      context: plain(input.context ?? {}) as object,
    },
    select: { id: true },
  });
  log.warn("incident created", {
    incidentId: row.id,
    category: input.category,
    severity: input.severity,
    stage: input.stage,
    orderId: input.orderId,
  });
  return row.id;
}
