import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { deployMigrations } from "@/prisma/migrate";
import { startPrivatePostgres } from "@/scripts/lib/postgres.mjs";

// What callers get while PostgreSQL is down, on a database of this file's own that it stops and
// starts again: 503 with Retry-After (so couriers, Razorpay and the tablets retry), a health
// answer that names no host, and the same routes working again once it is back.
const dataDir = mkdtempSync(path.join(tmpdir(), "packline-db-down-"));
let server: { url: string; port: number; stop(): Promise<void> };
let opsCookie = "";

async function startServer(port?: number) {
  server = await startPrivatePostgres({ dataDir, port, persistent: true });
}

beforeAll(async () => {
  await startServer();
  await deployMigrations(server.url);
  // Before anything reads the environment: this file's routes use this database.
  process.env.DATABASE_URL = server.url;
  const { db } = await import("@/lib/db");
  const { sessionCookie } = await import("@/lib/testing/session-cookie");
  const ops = await db.user.create({
    data: { email: "ops@down.test", name: "Ops", role: "OPS", passwordHash: "x" },
    select: { id: true, role: true },
  });
  opsCookie = await sessionCookie(ops);
});
afterAll(async () => {
  await server.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

const ctx = { params: Promise.resolve({}) };

async function call(name: "health" | "orders" | "webhook") {
  const routes = {
    health: async () =>
      (await import("@/app/api/health/route")).GET(
        new NextRequest("http://localhost/api/health"),
        ctx,
      ),
    orders: async () =>
      (await import("@/app/api/orders/route")).GET(
        new NextRequest("http://localhost/api/orders", {
          headers: { cookie: opsCookie },
        }),
        ctx,
      ),
    webhook: async () =>
      (await import("@/app/api/webhooks/delhivery/route")).POST(
        new NextRequest("http://localhost/api/webhooks/delhivery", {
          method: "POST",
          body: '{"Shipment":{"AWB":"DOWN-1"}}',
          headers: { "content-type": "application/json", "x-delhivery-token": "t" },
        }),
        ctx,
      ),
  };
  const res = await routes[name]();
  return { status: res.status, retryAfter: res.headers.get("retry-after"), text: await res.text() };
}

describe("while PostgreSQL is down", () => {
  it("answers 503 with Retry-After, says nothing of the database's address, and recovers", async () => {
    expect((await call("health")).status).not.toBe(503);
    const { port } = server;
    await server.stop();

    const health = await call("health");
    expect(health.status).toBe(503);
    expect(JSON.parse(health.text).database).toEqual({
      reachable: false,
      error: "database unreachable",
    });
    for (const name of ["orders", "webhook"] as const) {
      const answer = await call(name);
      expect(answer.status, name).toBe(503);
      expect(answer.retryAfter, name).toBe("5");
      expect(JSON.parse(answer.text).code, name).toBe("DATABASE_UNAVAILABLE");
    }
    for (const answer of [health, await call("orders")]) {
      expect(answer.text).not.toContain("127.0.0.1");
      expect(answer.text).not.toContain(String(port));
    }

    await startServer(port);
    expect((await call("health")).status).not.toBe(503);
    expect((await call("orders")).status).toBe(200);
    expect((await call("webhook")).status).toBe(401);
  });
});
