import pg from "pg";
import { env } from "@/lib/env";
import { log } from "@/lib/observability/logger";

/**
 * Runs `work` while this process holds a PostgreSQL advisory lock, taken by a transaction open on
 * a dedicated connection for as long as the work runs: across web and worker processes only one
 * holder at a time, and a process that dies releases it with its connection. Transaction-scoped,
 * not session, so it also holds behind PgBouncer in transaction mode (docs/scaling.md); the
 * transaction runs nothing else, so in READ COMMITTED it holds no snapshot and vacuum is not held
 * back. `wait: false` gives up at once when another holder has it.
 */
export async function withHeldAdvisoryLock<T>(
  key: string,
  options: { wait: boolean; name: string },
  work: () => Promise<T>,
): Promise<{ locked: false } | { locked: true; result: T }> {
  const client = new pg.Client({
    connectionString: env().DATABASE_URL,
    application_name: `packline-${options.name}`,
    // A connection that silently died (a failover, a dropped NAT entry) is noticed.
    keepAlive: true,
  });
  // A connection the database drops meanwhile (a restart) loses the lock; the work goes on, as
  // each holder's work is safe to repeat. Without a listener the error would end the process.
  client.on("error", (error) =>
    log.warn("advisory lock connection lost", { lock: options.name, error: error.message }),
  );
  await client.connect();
  try {
    await client.query("BEGIN");
    // The transaction idles while the work runs: a server-wide idle-in-transaction timeout
    // (common on managed PostgreSQL) must not end it and drop the lock. PgBouncer's own
    // idle_transaction_timeout must be off or longer than a sync (docs/scaling.md).
    await client.query("SET LOCAL idle_in_transaction_session_timeout = 0");
    const { rows } = await client.query<{ ok: boolean }>(
      options.wait
        ? "SELECT true AS ok FROM pg_advisory_xact_lock(hashtext($1))"
        : "SELECT pg_try_advisory_xact_lock(hashtext($1)) AS ok",
      [key],
    );
    if (!rows[0]?.ok) return { locked: false };
    return { locked: true, result: await work() };
  } finally {
    // Ending the transaction releases the lock; a connection that already broke released it.
    await client.query("ROLLBACK").catch(() => {});
    await client.end();
  }
}
