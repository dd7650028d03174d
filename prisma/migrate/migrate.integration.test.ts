// The migration tool end to end against a private PostgreSQL: create from a throwaway schema,
// deploy, and check the _prisma_migrations rows Prisma itself would have written.
import { createHash } from "node:crypto";
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startPrivatePostgres, type PrivatePostgres } from "../../scripts/lib/postgres.mjs";
import { withDatabase } from "./database-admin";
import { createMigration, deployMigrations, migrationStatus } from "./index";

const SCHEMA_V1 = `datasource db {
  provider = "postgresql"
}

model Parcel {
  id     Int          @id @default(autoincrement())
  awb    String       @unique
  status ParcelStatus @default(BOOKED)
}

enum ParcelStatus {
  BOOKED
  DELIVERED
}
`;
const SCHEMA_V2 = SCHEMA_V1.replace("@default(BOOKED)\n", "@default(BOOKED)\n  weightGrams Int?\n");

let tmp: string;
let pgDir: string;
let db: PrivatePostgres;
let schemaPath: string;
let migrationsDir: string;

beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), "packline-migrate-"));
  schemaPath = path.join(tmp, "schema.prisma");
  migrationsDir = path.join(tmp, "migrations");
  await writeFile(schemaPath, SCHEMA_V1);
  // Its own temp dir: as root, PostgreSQL runs as the OS user "postgres" and must reach it.
  pgDir = await mkdtemp(path.join(os.tmpdir(), "packline-pg-"));
  db = await startPrivatePostgres({ dataDir: pgDir, persistent: false });
}, 60_000);

afterAll(async () => {
  await db?.stop();
  await rm(tmp, { recursive: true, force: true });
  await rm(pgDir, { recursive: true, force: true });
});

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");
const options = () => ({ databaseUrl: db.url, schemaPath, migrationsDir });

describe("prisma/migrate", { timeout: 60_000 }, () => {
  let first: string;

  it("creates the first migration and the lockfile from the schema", async () => {
    const result = await createMigration({ ...options(), name: "Create parcels" });
    expect(result.migrationName).toMatch(/^\d{14}_create_parcels$/);
    first = result.migrationName!;
    const sql = await readFile(path.join(migrationsDir, first, "migration.sql"), "utf8");
    expect(sql).toBe(result.sql);
    expect(sql).toContain('CREATE TABLE "Parcel"');
    expect(sql).toContain(`CREATE TYPE "ParcelStatus" AS ENUM ('BOOKED', 'DELIVERED')`);
    expect(sql).not.toContain("CREATE SCHEMA"); // diffed against a replayed shadow, not "empty"
    const lock = await readFile(path.join(migrationsDir, "migration_lock.toml"), "utf8");
    expect(lock).toContain('provider = "postgresql"');
  });

  it("writes nothing when the schema matches the migrations", async () => {
    const result = await createMigration({ ...options(), name: "nothing" });
    expect(result.migrationName).toBeNull();
    expect(await readdir(migrationsDir)).toEqual([first, "migration_lock.toml"]);
  });

  it("reports the migration as pending before deploy", async () => {
    const status = await migrationStatus(db.url, { migrationsDir });
    expect(status).toMatchObject({ pending: [first], upToDate: false, databaseExists: true });
  });

  it("deploys, recording Prisma's _prisma_migrations rows with sha256 checksums", async () => {
    expect(await deployMigrations(db.url, { migrationsDir })).toEqual({
      applied: [first],
      createdDatabase: false,
    });
    const rows = await query(db.url, "SELECT * FROM _prisma_migrations");
    const sql = await readFile(path.join(migrationsDir, first, "migration.sql"), "utf8");
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      migration_name: first,
      checksum: sha256(sql),
      applied_steps_count: 1,
      rolled_back_at: null,
      logs: null,
    });
    expect(rows[0]?.finished_at).toBeInstanceOf(Date);
    await query(db.url, `INSERT INTO "Parcel" (awb) VALUES ('AWB1')`);
  });

  it("applies nothing on a second deploy", async () => {
    expect((await deployMigrations(db.url, { migrationsDir })).applied).toEqual([]);
    expect(await query(db.url, "SELECT 1 FROM _prisma_migrations")).toHaveLength(1);
    expect((await migrationStatus(db.url, { migrationsDir })).upToDate).toBe(true);
  });

  it("creates and applies only the change after a schema edit", async () => {
    await writeFile(schemaPath, SCHEMA_V2);
    const { migrationName, sql } = await createMigration({ ...options(), name: "parcel_weight" });
    expect(sql).toContain('ALTER TABLE "Parcel" ADD COLUMN');
    expect((await deployMigrations(db.url, { migrationsDir })).applied).toEqual([migrationName]);
    const parcels = await query(db.url, `SELECT awb, "weightGrams" FROM "Parcel"`);
    expect(parcels).toEqual([{ awb: "AWB1", weightGrams: null }]);
  });

  it("leaves no shadow database behind", async () => {
    const shadows = await query(
      db.url,
      "SELECT datname FROM pg_database WHERE datname LIKE 'prisma_migrate_shadow%'",
    );
    expect(shadows).toEqual([]);
  });

  it("creates a missing database on deploy", async () => {
    const freshUrl = withDatabase(db.url, "packline_fresh");
    expect((await migrationStatus(freshUrl, { migrationsDir })).databaseExists).toBe(false);
    const result = await deployMigrations(freshUrl, { migrationsDir });
    expect(result.createdDatabase).toBe(true);
    expect(result.applied).toHaveLength(2);
  });
});
