import type { Tx } from "@/lib/db";
import type { EventType } from "./emit-event";

export interface OutboxEventInput {
  type: EventType;
  aggregateType: "Order" | "Shipment";
  aggregateId: string;
  payload: Record<string, unknown>;
}

/** emitEvent for many events in one statement (bulk import), inside the caller's transaction. */
export async function emitEvents(tx: Tx, events: OutboxEventInput[]): Promise<void> {
  if (events.length === 0) return;
  const occurredAt = new Date().toISOString();
  const rows = events.map((e) => ({
    type: e.type,
    agg: e.aggregateType,
    id: e.aggregateId,
    payload: { ...e.payload, occurredAt },
  }));
  // Raw multi-row insert: Prisma's createMany costs milliseconds per row here.
  await tx.$executeRaw`
    INSERT INTO "OutboxEvent" (id, type, "aggregateType", "aggregateId", payload, status,
      attempts, "nextAttemptAt", "createdAt")
    SELECT gen_random_uuid()::text, v.type, v.agg, v.id, v.payload, 'PENDING', 0, now(), now()
    FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb)
      AS v(type text, agg text, id text, payload jsonb)`;
}
