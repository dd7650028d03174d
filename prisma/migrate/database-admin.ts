// Server-level chores the engine does not do for us: creating the target database and a
// throwaway shadow database, both on the server DATABASE_URL points at.
import { randomUUID } from "node:crypto";
import pg from "pg";

const SHADOW_PREFIX = "prisma_migrate_shadow_db_"; // the name `prisma migrate dev` would use

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${encodeURIComponent(database)}`;
  return parsed.toString();
}

export function databaseName(url: string): string {
  const name = decodeURIComponent(new URL(url).pathname.slice(1));
  if (!name)
    throw new Error("DATABASE_URL names no database (expected postgresql://…/<database>).");
  return name;
}

/** Creates the database named in `url` unless it exists. Returns true if it created it. */
export async function ensureDatabase(url: string): Promise<boolean> {
  if (await databaseExists(url)) return false;
  await withMaintenanceClient(url, (client) =>
    client.query(`CREATE DATABASE ${client.escapeIdentifier(databaseName(url))}`),
  );
  return true;
}

/** Connects to the database itself, so a deployment user without access to `postgres` works. */
export async function databaseExists(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
    return true;
  } catch (error) {
    if (isMissingDatabase(error)) return false;
    throw error;
  } finally {
    await client.end().catch(() => {});
  }
}

export interface ShadowDatabase {
  url: string;
  drop(): Promise<void>;
}

export async function createShadowDatabase(url: string): Promise<ShadowDatabase> {
  const name = `${SHADOW_PREFIX}${randomUUID().replaceAll("-", "_")}`;
  await withMaintenanceClient(url, (client) =>
    client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`),
  );
  const drop = () =>
    withMaintenanceClient(url, async (client) => {
      await client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(name)} WITH (FORCE)`);
    });
  return { url: withDatabase(url, name), drop };
}

async function withMaintenanceClient<T>(
  url: string,
  work: (client: pg.Client) => Promise<T>,
): Promise<T> {
  const client = await connectToFirst([
    withDatabase(url, "postgres"),
    withDatabase(url, "template1"),
  ]);
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

async function connectToFirst(urls: string[]): Promise<pg.Client> {
  let lastError: unknown;
  for (const connectionString of urls) {
    const client = new pg.Client({ connectionString });
    try {
      await client.connect();
      return client;
    } catch (error) {
      lastError = error;
      await client.end().catch(() => {});
      if (!isMissingDatabase(error)) throw error;
    }
  }
  throw lastError;
}

function isMissingDatabase(error: unknown): boolean {
  return error instanceof pg.DatabaseError && error.code === "3D000"; // invalid_catalog_name
}
