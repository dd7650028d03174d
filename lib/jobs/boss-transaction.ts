import type PgBoss from "pg-boss";
import type { Tx } from "@/lib/db";

/**
 * Lets pg-boss run its statements inside a Prisma transaction (its `db` option): a job sent this
 * way exists if and only if the transaction commits, and a job settled this way is settled
 * together with the rows written beside it.
 */
export function bossInTransaction(tx: Tx): PgBoss.Db {
  return {
    executeSql: async (text, values) => ({
      rows: await tx.$queryRawUnsafe<unknown[]>(text, ...((values ?? []) as unknown[])),
    }),
  };
}
