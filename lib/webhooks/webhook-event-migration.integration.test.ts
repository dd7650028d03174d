import { randomBytes } from "node:crypto";
import { cp, mkdtemp, readdir, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, inject, it } from "vitest";
import { deployMigrations } from "@/prisma/migrate";
import { DEFAULT_MIGRATIONS_DIR } from "@/prisma/migrate/options";

// The migration that makes (provider, event id) unique runs on a database that already holds
// what the old code could write: several rows for one event, and refused copies of bodies.
const MIGRATION = "webhooks_verify_first";
const url = `${inject("databaseServerUrl")}/m_${randomBytes(6).toString("hex")}`;
let dir = "";

afterAll(() => rm(dir, { recursive: true, force: true }));

async function sql<T extends pg.QueryResultRow>(text: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(text)).rows;
  } finally {
    await client.end();
  }
}

describe(`migration ${MIGRATION}`, () => {
  it("keeps every row, leaves one row per event with its id, and frees refused bodies' hashes", async () => {
    const all = (await readdir(DEFAULT_MIGRATIONS_DIR)).sort();
    const target = all.find((name) => name.endsWith(`_${MIGRATION}`))!;
    dir = await mkdtemp(path.join(os.tmpdir(), "packline-webhook-migration-"));
    for (const name of all.filter((n) => n === "migration_lock.toml" || n < target))
      await cp(path.join(DEFAULT_MIGRATIONS_DIR, name), path.join(dir, name), { recursive: true });
    await deployMigrations(url, { migrationsDir: dir });

    await sql(`INSERT INTO "WebhookEvent" (id, provider, "eventId", "bodyHash", "rawBody", headers,
        "signatureValid", status, error, "receivedAt") VALUES
      ('a1', 'razorpay', 'evt_1', 'h1', '{"v":1}', '{}', true, 'FAILED', 'boom', now() - interval '3 hours'),
      ('a2', 'razorpay', 'evt_1', 'h2', '{"v":2}', '{}', true, 'PROCESSED', null, now() - interval '2 hours'),
      ('a3', 'razorpay', 'evt_1', 'h3', '{"v":3}', '{}', true, 'RECEIVED', null, now() - interval '1 hour'),
      ('b1', 'razorpay', 'evt_2', 'h4', '{"w":1}', '{}', true, 'FAILED', null, now() - interval '2 hours'),
      ('b2', 'razorpay', 'evt_2', 'h5', '{"w":2}', '{}', true, 'FAILED', null, now() - interval '1 hour'),
      ('c1', 'shiprocket', 'evt_2', 'h6', '{"x":1}', '{}', true, 'PROCESSED', null, now()),
      ('r1', 'razorpay', null, 'h7', '{"forged":1}', '{}', false, 'REJECTED', 'Signature mismatch', now())`);

    await cp(path.join(DEFAULT_MIGRATIONS_DIR, target), path.join(dir, target), {
      recursive: true,
    });
    expect((await deployMigrations(url, { migrationsDir: dir })).applied).toEqual([target]);

    const rows = await sql<{ id: string; eventId: string | null; bodyHash: string; error: string }>(
      `SELECT id, "eventId", "bodyHash", error FROM "WebhookEvent" ORDER BY id`,
    );
    expect(rows).toEqual([
      {
        id: "a1",
        eventId: null,
        bodyHash: "h1",
        error: "boom; repeats event evt_1 (kept on webhook event a2)",
      },
      { id: "a2", eventId: "evt_1", bodyHash: "h2", error: null },
      {
        id: "a3",
        eventId: null,
        bodyHash: "h3",
        error: "repeats event evt_1 (kept on webhook event a2)",
      },
      { id: "b1", eventId: "evt_2", bodyHash: "h4", error: null },
      {
        id: "b2",
        eventId: null,
        bodyHash: "h5",
        error: "repeats event evt_2 (kept on webhook event b1)",
      },
      { id: "c1", eventId: "evt_2", bodyHash: "h6", error: null },
      { id: "r1", eventId: null, bodyHash: "rejected:h7", error: "Signature mismatch" },
    ]);
    // The index holds from now on.
    await expect(
      sql(`INSERT INTO "WebhookEvent" (id, provider, "eventId", "bodyHash", "rawBody", headers,
          "signatureValid") VALUES ('d1', 'razorpay', 'evt_1', 'h8', '{}', '{}', true)`),
    ).rejects.toThrow(/WebhookEvent_provider_eventId_key/);
  });
});
