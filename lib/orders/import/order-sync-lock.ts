import pg from "pg";
import { env } from "@/lib/env";
import { log } from "@/lib/observability/logger";

/**
 * A PostgreSQL advisory lock per order source, held for the whole sync by a transaction open on a
 * dedicated connection: two syncs of one source never run at once, across web and worker
 * processes, and a process that dies mid-sync releases the lock with its connection. A
 * transaction-scoped lock, not a session one, so it also holds behind PgBouncer in transaction
 * mode, which keeps a transaction on one server connection (docs/scaling.md). The transaction
 * runs nothing else: in READ COMMITTED it holds no snapshot, so vacuum is not held back.
 */
export async function withOrderSyncLock<T>(
  sourceId: string,
  work: () => Promise<T>,
): Promise<{ locked: false } | { locked: true; result: T }> {
  const client = new pg.Client({
    connectionString: env().DATABASE_URL,
    application_name: "packline-order-sync-lock",
  });
  // A connection the database drops mid-sync (a restart) loses the lock; the sync itself goes
  // on, as its writes are idempotent. Without a listener the error would end the process.
  client.on("error", (error) =>
    log.warn("order sync lost its lock connection", { sourceId, error: error.message }),
  );
  await client.connect();
  try {
    await client.query("BEGIN");
    const { rows } = await client.query<{ ok: boolean }>(
      "SELECT pg_try_advisory_xact_lock(hashtext($1)) AS ok",
      [`packline:order-sync:${sourceId}`],
    );
    if (!rows[0]?.ok) return { locked: false };
    return { locked: true, result: await work() };
  } finally {
    // Ending the transaction releases the lock; a connection that already broke releases it too.
    await client.query("ROLLBACK").catch(() => {});
    await client.end();
  }
}
