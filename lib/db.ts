import { PrismaPg } from "@prisma/adapter-pg";
import type { PoolConfig } from "pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";
import { preparedStatementNamer } from "@/lib/prepared-statements";

// One Prisma client per process and database, over the pg driver adapter, created on first use
// (so that `next build` needs no database) and kept on globalThis across Next's dev-mode reloads.
const globalForDb = globalThis as unknown as {
  packlineDb?: PrismaClient;
  packlineReplicaDb?: PrismaClient;
};

/**
 * Every session runs in UTC: Prisma stores DateTime as timestamp without time zone, so `now()`
 * and column defaults must not follow a server or database set to Asia/Kolkata.
 */
export function connectionConfig(url = env().DATABASE_URL): PoolConfig {
  return { connectionString: url, max: env().DB_POOL_MAX, options: "-c TimeZone=UTC" };
}

function createClient(url?: string): PrismaClient {
  const adapter = new PrismaPg(connectionConfig(url), {
    statementNameGenerator: preparedStatementNamer(),
  });
  return new PrismaClient({ adapter });
}

function lazyClient(get: () => PrismaClient): PrismaClient {
  return new Proxy({} as PrismaClient, {
    get(_target, prop) {
      const client = get();
      const value: unknown = Reflect.get(client, prop, client);
      return typeof value === "function" ? value.bind(client) : value;
    },
  });
}

const primary = () => (globalForDb.packlineDb ??= createClient());

export const db: PrismaClient = lazyClient(primary);

/**
 * For reads that may be a few seconds behind: dashboards and reports over many rows. It is the
 * replica named by DATABASE_REPLICA_URL, or the primary when none is set. Never read through it
 * what a write is about to depend on (a status, a stock level): that is `db`.
 */
export const replicaDb: PrismaClient = lazyClient(() => {
  const url = env().DATABASE_REPLICA_URL;
  return url ? (globalForDb.packlineReplicaDb ??= createClient(url)) : primary();
});

export type Db = PrismaClient;
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
