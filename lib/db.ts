import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";
import { preparedStatementNamer } from "@/lib/prepared-statements";

// One Prisma client per process, over the pg driver adapter, created on first use (so that
// `next build` needs no database) and kept on globalThis across Next's dev-mode reloads.
const globalForDb = globalThis as unknown as { packlineDb?: PrismaClient };

function createClient(): PrismaClient {
  const { DATABASE_URL, DB_POOL_MAX } = env();
  const adapter = new PrismaPg(
    { connectionString: DATABASE_URL, max: DB_POOL_MAX },
    { statementNameGenerator: preparedStatementNamer() },
  );
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
