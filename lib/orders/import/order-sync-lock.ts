import pg from "pg";
import { env } from "@/lib/env";

/**
 * A PostgreSQL session advisory lock per order source, held on a dedicated connection for the
 * whole sync: two syncs of one source never run at once, across web and worker processes, and
 * a process that dies mid-sync releases the lock with its connection.
 */
export async function withOrderSyncLock<T>(
  sourceId: string,
  work: () => Promise<T>,
): Promise<{ locked: false } | { locked: true; result: T }> {
  const client = new pg.Client({
    connectionString: env().DATABASE_URL,
    application_name: "packline-order-sync-lock",
  });
  await client.connect();
  try {
    const key = `packline:order-sync:${sourceId}`;
    const { rows } = await client.query<{ ok: boolean }>(
      "SELECT pg_try_advisory_lock(hashtext($1)) AS ok",
      [key],
    );
    if (!rows[0]?.ok) return { locked: false };
    try {
      return { locked: true, result: await work() };
    } finally {
      await client.query("SELECT pg_advisory_unlock(hashtext($1))", [key]);
    }
  } finally {
    await client.end();
  }
}
