import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as orderSource from "@/app/api/admin/order-source/route";
import * as sync from "@/app/api/admin/sync/route";
import * as syncStatus from "@/app/api/admin/sync-status/route";
import { decryptSecret } from "@/lib/crypto/secrets";
import { db } from "@/lib/db";
import { queue } from "@/lib/jobs/boss";
import { pageRequest, sessionCookie } from "@/lib/testing/session-cookie";

let cookie = "";
const ctx = { params: Promise.resolve({}) };

beforeAll(async () => {
  const admin = await db.user.create({
    data: { email: "admin@source.test", name: "Admin", role: "ADMIN", passwordHash: "x" },
  });
  cookie = await sessionCookie({ id: admin.id, role: "ADMIN" });
});
afterAll(async () => (await queue()).stop({ graceful: false, wait: true }));

function call(method: string, path: string, body?: unknown) {
  return pageRequest(path, { method, cookie, body });
}

const valid = {
  name: "Main store",
  baseUrl: "https://store.example.com/api/",
  syncIntervalMinutes: 5,
  statusMapping: { Shipped_Elsewhere: "SKIP" },
  enabled: true,
};

describe("admin order source API", () => {
  it("requires a key on creation, stores it encrypted and never returns it", async () => {
    const missing = await orderSource.PUT(call("PUT", "/api/admin/order-source", valid), ctx);
    expect(missing.status).toBe(422);
    expect((await missing.json()).errors).toHaveProperty("apiKey");

    const bad = await orderSource.PUT(
      call("PUT", "/api/admin/order-source", {
        ...valid,
        baseUrl: "ftp://x",
        syncIntervalMinutes: 0,
        statusMapping: { paid: "SHIP" },
      }),
      ctx,
    );
    expect(Object.keys((await bad.json()).errors).sort()).toEqual([
      "baseUrl",
      "statusMapping.paid",
      "syncIntervalMinutes",
    ]);

    const created = await orderSource.PUT(
      call("PUT", "/api/admin/order-source", { ...valid, apiKey: "store-secret-key-1234" }),
      ctx,
    );
    expect(created.status).toBe(200);
    const body = await created.json();
    expect(body.source).toMatchObject({
      baseUrl: "https://store.example.com/api",
      apiKeyHint: "…1234",
      statusMapping: { shipped_elsewhere: "SKIP" },
    });
    expect(JSON.stringify(body)).not.toContain("store-secret-key");

    // Saving without a key keeps the stored one.
    await orderSource.PUT(
      call("PUT", "/api/admin/order-source", { ...valid, syncIntervalMinutes: 15 }),
      ctx,
    );
    const row = await db.orderSourceConfig.findFirstOrThrow({
      select: { apiKeyEncrypted: true, syncIntervalMinutes: true },
    });
    expect(decryptSecret(row.apiKeyEncrypted)).toBe("store-secret-key-1234");
    expect(row.syncIntervalMinutes).toBe(15);
    expect(row.apiKeyEncrypted).not.toContain("store-secret");
    expect(await db.auditLog.count({ where: { entityType: "OrderSourceConfig" } })).toBe(2);
  });

  it("queues Sync now for the worker and reports the status", async () => {
    const res = await sync.POST(call("POST", "/api/admin/sync"), ctx);
    expect(res.status).toBe(202);
    expect(await res.json()).toMatchObject({ queued: true });
    const jobs = await db.$queryRaw<{ n: number }[]>`
      SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'order-sync-now'`;
    expect(jobs[0]!.n).toBe(1);
    const status = await (await syncStatus.GET(call("GET", "/api/admin/sync-status"), ctx)).json();
    expect(status).toMatchObject({ source: { name: "Main store" }, running: false, lastRun: null });
  });
});
