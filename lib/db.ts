import { PrismaPg } from "@prisma/adapter-pg";
import type { PoolConfig } from "pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";
import { preparedStatementNamer } from "@/lib/prepared-statements";

// One Prisma client per process, over the pg driver adapter, created on first use (so that
// `next build` needs no database) and kept on globalThis across Next's dev-mode reloads.
const globalForDb = globalThis as unknown as { packlineDb?: PrismaClient };

/**
 * Every session runs in UTC: Prisma stores DateTime as timestamp without time zone, so `now()`
 * and column defaults must not follow a server or database set to Asia/Kolkata.
 */
export function connectionConfig(): PoolConfig {
  const { DATABASE_URL, DB_POOL_MAX } = env();
  return { connectionString: DATABASE_URL, max: DB_POOL_MAX, options: "-c TimeZone=UTC" };
}

function createClient(): PrismaClient {
  const adapter = new PrismaPg(connectionConfig(), {
    statementNameGenerator: preparedStatementNamer(),
  });
  return new PrismaClient({ adapter });
}

export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, prop) {
    const client = (globalForDb.packlineDb ??= createClient());
    const value: unknown = Reflect.get(client, prop, client);
    return typeof value === "function" ? value.bind(client) : value;
  },
});

export type Db = PrismaClient;
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
