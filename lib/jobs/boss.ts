import PgBoss from "pg-boss";
import { env } from "@/lib/env";
import { log } from "@/lib/observability/logger";

// pg-boss keeps its queue tables in the "pgboss" schema of Packline's own database: no Redis.
const globalForBoss = globalThis as unknown as { packlineBoss?: Promise<PgBoss> };

export function createBoss(options: { schedule: boolean; supervise: boolean }): PgBoss {
  const boss = new PgBoss({
    connectionString: env().DATABASE_URL,
    schema: "pgboss",
    max: 4,
    application_name: `packline-${process.env.PACKLINE_SERVICE ?? "web"}`,
    ...options,
  });
  boss.on("error", (error) => log.error("job queue error", { error }));
  return boss;
}

/** A started, send-only queue client for web processes (no scheduling, no maintenance). */
export function queue(): Promise<PgBoss> {
  globalForBoss.packlineBoss ??= (async () => {
    const boss = createBoss({ schedule: false, supervise: false });
    await boss.start();
    return boss;
  })();
  return globalForBoss.packlineBoss;
}
