import type { PrismaClient } from "@/lib/generated/prisma/client";

interface StoreQuery {
  text: string;
  values?: unknown[];
}

interface StoreResult {
  rows: Record<string, unknown>[];
  rowCount: number;
}

/**
 * rate-limiter-flexible's Postgres store speaks to a `pg` pool (`query({ text, values })`).
 * This adapter hands its statements to the app's Prisma client instead, so the limits share the
 * process's one pool rather than opening a second one. DELETEs go through $executeRawUnsafe
 * (the library reads rowCount from them); bigint columns come back as BigInt, which the library
 * would subtract from Date.now(), so they are turned into numbers (epoch ms fit easily).
 *
 * With `lazyCommit`, a counter's write (the library's INSERT … ON CONFLICT) commits without
 * waiting for its WAL flush (`SET LOCAL synchronous_commit = off`, for that transaction only):
 * other processes still read it at once; a crash may lose its last fraction of a second of counts.
 */
export function prismaStoreClient(client: PrismaClient, options: { lazyCommit?: boolean } = {}) {
  const select = (text: string, values: unknown[]) =>
    options.lazyCommit && /^\s*INSERT\b/i.test(text)
      ? client
          .$transaction([
            client.$executeRawUnsafe("SET LOCAL synchronous_commit = off"),
            client.$queryRawUnsafe<Record<string, unknown>[]>(text, ...values),
          ])
          .then(([, rows]) => rows)
      : client.$queryRawUnsafe<Record<string, unknown>[]>(text, ...values);
  return {
    async query({ text, values = [] }: StoreQuery): Promise<StoreResult> {
      if (/^\s*DELETE\b/i.test(text)) {
        return { rows: [], rowCount: await client.$executeRawUnsafe(text, ...values) };
      }
      const rows = await select(text, values);
      return { rows: rows.map(withNumbers), rowCount: rows.length };
    },
  };
}

function withNumbers(row: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(row).map(([k, v]) => [k, typeof v === "bigint" ? Number(v) : v]),
  );
}
