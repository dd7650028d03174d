import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { encryptSecret } from "@/lib/crypto/secrets";
import { db } from "@/lib/db";
import { control, startSandbox } from "@/lib/testing/start-sandbox";
import { runOrderSync } from "./run-order-sync";

let sandbox: Awaited<ReturnType<typeof startSandbox>>;
let sourceId: string;

beforeAll(async () => {
  sandbox = await startSandbox();
  const source = await db.orderSourceConfig.create({
    data: {
      name: "Test store",
      baseUrl: `${sandbox.url}/store`,
      apiKeyEncrypted: encryptSecret("sandbox-store-key"),
    },
  });
  sourceId = source.id;
});
afterAll(() => sandbox.stop());

async function snapshot() {
  const [orders, items, history, events, products] = await Promise.all([
    db.order.findMany({
      where: { source: "STORE_API" },
      select: { externalId: true, version: true, updatedAt: true, paymentStatus: true },
      orderBy: { externalId: "asc" },
    }),
    db.orderItem.count(),
    db.orderStatusHistory.count(),
    db.outboxEvent.count(),
    db.product.findMany({ select: { sku: true, updatedAt: true }, orderBy: { sku: "asc" } }),
  ]);
  return { orders, items, history, events, products };
}

async function reset() {
  await db.$executeRaw`TRUNCATE "Order", "Product", "OutboxEvent", "SyncRun" CASCADE`;
  await db.orderSourceConfig.update({ where: { id: sourceId }, data: { lastCursor: null } });
  await control(sandbox.url, "/_control/store", undefined, "DELETE");
}

describe("store order import", () => {
  beforeEach(reset);

  for (const shape of ["nested", "flat"] as const) {
    it(`imports the ${shape} shape across pages, and the same payload twice changes nothing`, async () => {
      await control(sandbox.url, "/_control/store/config", { shape });
      await control(sandbox.url, "/_control/store/generate", { count: 57, mix: "importable" });
      const first = await runOrderSync({ sourceId, trigger: "manual", perPage: 10 });
      expect(first).toMatchObject({
        ran: true,
        status: "SUCCEEDED",
        counts: { created: 57, updated: 0, failed: 0 },
      });
      const before = await snapshot();
      expect(before.orders).toHaveLength(57);
      expect(before.history).toBe(57);
      expect(before.events).toBe(57);
      expect(before.items).toBeGreaterThan(57);

      const second = await runOrderSync({ sourceId, trigger: "manual", perPage: 10, full: true });
      expect(second).toMatchObject({ ran: true, counts: { created: 0, updated: 0, skipped: 57 } });
      expect(await snapshot()).toEqual(before);
    });
  }

  it("in the nested shape, rejects a whole order when one of its lines is bad", async () => {
    // Order 5 has a line with quantity 0 (bad: 5 % 3 === 2); its other lines sit elsewhere in the tree.
    await control(sandbox.url, "/_control/store/generate", {
      count: 12,
      mix: "importable",
      bad: [5],
    });
    const result = await runOrderSync({ sourceId, trigger: "manual", perPage: 5 });
    expect(result).toMatchObject({
      ran: true,
      status: "PARTIAL",
      counts: { created: 11, failed: 1 },
    });
    expect(await db.order.count({ where: { externalId: "7000005" } })).toBe(0);
  });

  it("reports a malformed order and imports the rest", async () => {
    await control(sandbox.url, "/_control/store/generate", {
      count: 20,
      mix: "importable",
      bad: [3, 11],
    });
    await control(sandbox.url, "/_control/store/orders", {
      orders: [{ order_id: "X-1", order_number: "CC-X1", status: "paid", items: "oops" }],
    });
    await control(sandbox.url, "/_control/store/config", { shape: "flat" });
    const result = await runOrderSync({ sourceId, trigger: "manual", perPage: 7 });
    expect(result).toMatchObject({
      ran: true,
      status: "PARTIAL",
      counts: { created: 18, failed: 3 },
    });
    const run = await db.syncRun.findFirstOrThrow({
      orderBy: { startedAt: "desc" },
      select: { errors: true, finishedAt: true },
    });
    const ids = (run.errors as { externalId: string | null; reason: string }[]).map(
      (e) => e.externalId,
    );
    expect(ids.sort()).toEqual(["7000003", "7000011", "X-1"]);
    expect(run.finishedAt).not.toBeNull();
    expect(await db.order.count({ where: { externalId: { in: ["7000003", "7000011"] } } })).toBe(0);
  });

  it("applies store edits to placed orders, cancels cancelled ones and skips unpaid ones", async () => {
    await control(sandbox.url, "/_control/store/generate", { count: 30, mix: "realistic" });
    const first = await runOrderSync({ sourceId, trigger: "manual", perPage: 50 });
    expect(first.ran && first.counts.skipped).toBeGreaterThan(0);
    const placed = await db.order.findFirstOrThrow({
      where: { source: "STORE_API" },
      select: { externalId: true, version: true },
      orderBy: { externalId: "asc" },
    });
    await control(sandbox.url, `/_control/store/orders/${placed.externalId}/status`, {
      status: "cancelled",
    });
    const second = await runOrderSync({ sourceId, trigger: "manual", perPage: 50 });
    expect(second).toMatchObject({ ran: true, counts: { created: 0, updated: 1 } });
    const after = await db.order.findUniqueOrThrow({
      where: { source_externalId: { source: "STORE_API", externalId: placed.externalId } },
      select: { status: true, statusHistory: { select: { fromStatus: true, toStatus: true } } },
    });
    expect(after.status).toBe("CANCELLED");
    expect(after.statusHistory).toHaveLength(2);
  });

  it("never runs two syncs of one source at once", async () => {
    await control(sandbox.url, "/_control/store/generate", { count: 40, mix: "importable" });
    await control(sandbox.url, "/_control/faults", { prefix: "/store", latencyMs: 150 });
    const [a, b] = await Promise.all([
      runOrderSync({ sourceId, trigger: "manual", perPage: 10 }),
      new Promise((r) => setTimeout(r, 50)).then(() =>
        runOrderSync({ sourceId, trigger: "manual", perPage: 10 }),
      ),
    ]);
    await control(sandbox.url, "/_control/faults", undefined, "DELETE");
    expect([a.ran, b.ran].sort()).toEqual([false, true]);
    expect(await db.order.count({ where: { source: "STORE_API" } })).toBe(40);
  });

  it("records a failed run and an incident when the store refuses the key", async () => {
    await control(sandbox.url, "/_control/store/config", { apiKey: "rotated" });
    const result = await runOrderSync({ sourceId, trigger: "schedule" });
    expect(result).toMatchObject({ ran: true, status: "FAILED" });
    const incident = await db.incident.findFirstOrThrow({
      where: { stage: "order-sync" },
      select: { category: true, title: true },
    });
    expect(incident.category).toBe("API");
    expect(incident.title).toMatch(/API key was refused/);
  });
});
