import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { listOrderChanges } from "./list-order-changes";
import { listOrders } from "./list-orders";
import { createFixtureOrder } from "./order-fixtures";
import { listOrdersQuery } from "@/lib/validation/order";

const query = (raw: Record<string, string> = {}) => listOrdersQuery.parse(raw);
const numbers = async (raw: Record<string, string>) =>
  (await listOrders(query(raw))).items.map((o) => o.number).sort();

// IST day 2026-03-10 runs from 2026-03-09T18:30Z to 2026-03-10T18:30Z.
const at = (iso: string) => new Date(iso);

beforeAll(async () => {
  const account = await db.courierAccount.create({
    data: {
      courier: "DELHIVERY",
      name: "Delhivery test",
      baseUrl: "http://127.0.0.1:1",
      credentialsEncrypted: "unused",
      pickupPincode: "560001",
    },
    select: { id: true },
  });
  await createFixtureOrder({ number: "L-1", placedAt: at("2026-03-09T18:00:00Z") });
  await createFixtureOrder({
    number: "L-2",
    placedAt: at("2026-03-09T19:00:00Z"),
    status: "PROCESSING",
    paymentMethod: "COD",
    customerPhone: "+919812345678",
    customerEmail: "meera.iyer@example.in",
  });
  await createFixtureOrder({
    number: "L-3",
    placedAt: at("2026-03-10T18:00:00Z"),
    hasShortItems: true,
  });
  const shipped = await createFixtureOrder({
    number: "L-4",
    placedAt: at("2026-03-11T10:00:00Z"),
    status: "SHIPPED",
    ndrOpen: true,
  });
  await createFixtureOrder({
    number: "L-5",
    placedAt: at("2026-03-12T10:00:00Z"),
    shipmentFailed: true,
  });
  await db.shipment.create({
    data: {
      orderId: shipped.id,
      courierAccountId: account.id,
      idempotencyKey: `${shipped.id}:FORWARD:1`,
      awb: "DL7000123456",
      status: "IN_TRANSIT",
    },
  });
});

describe("listOrders filters and search", () => {
  it("lists newest first", async () => {
    const page = await listOrders(query());
    expect(page.items.map((o) => o.number)).toEqual(["L-5", "L-4", "L-3", "L-2", "L-1"]);
    expect(page.items[1]).toMatchObject({
      shipment: { awb: "DL7000123456", courier: "DELHIVERY", status: "IN_TRANSIT" },
      flags: { ndrOpen: true },
      itemCount: 1,
    });
  });

  it("filters by status (several), IST dates, payment, courier and flags", async () => {
    expect(await numbers({ status: "PROCESSING,SHIPPED" })).toEqual(["L-2", "L-4"]);
    expect(await numbers({ from: "2026-03-10", to: "2026-03-10" })).toEqual(["L-2", "L-3"]);
    expect(await numbers({ from: "2026-03-11" })).toEqual(["L-4", "L-5"]);
    expect(await numbers({ payment: "COD" })).toEqual(["L-2"]);
    expect(await numbers({ courier: "DELHIVERY" })).toEqual(["L-4"]);
    expect(await numbers({ courier: "EKART" })).toEqual([]);
    expect(await numbers({ shipmentFailed: "true" })).toEqual(["L-5"]);
    expect(await numbers({ partial: "true" })).toEqual(["L-3"]);
    expect(await numbers({ ndrOpen: "true" })).toEqual(["L-4"]);
    expect(await numbers({ status: "PLACED", from: "2026-03-11" })).toEqual(["L-5"]);
  });

  it("finds an order by number, email, phone in any spelling, and AWB", async () => {
    expect(await numbers({ q: "l-3" })).toEqual(["L-3"]);
    expect(await numbers({ q: "Meera.Iyer@example.in" })).toEqual(["L-2"]);
    expect(await numbers({ q: "98123 45678" })).toEqual(["L-2"]);
    expect(await numbers({ q: "+91-9812345678" })).toEqual(["L-2"]);
    expect(await numbers({ q: "09812345678" })).toEqual(["L-2"]);
    expect(await numbers({ q: "dl7000123456" })).toEqual(["L-4"]);
    expect(await numbers({ q: "nothing-like-this" })).toEqual([]);
  });

  it("pages with a stable cursor even when orders share a placed time", async () => {
    const same = at("2026-01-01T00:00:00Z");
    for (let i = 0; i < 5; i++) await createFixtureOrder({ number: `P-${i}`, placedAt: same });
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await listOrders(
        query({ limit: "2", to: "2026-01-01", ...(cursor ? { cursor } : {}) }),
      );
      seen.push(...page.items.map((o) => o.number));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen.sort()).toEqual(["P-0", "P-1", "P-2", "P-3", "P-4"]);
    await expect(listOrders(query({ cursor: "garbage" }))).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
  });

  it("rejects an unknown status in the query", () => {
    expect(listOrdersQuery.safeParse({ status: "PLACED,LOST" }).success).toBe(false);
  });
});

describe("listOrderChanges", () => {
  it("returns orders changed since a moment, with a cursor for the next poll", async () => {
    const before = new Date().toISOString();
    const order = await createFixtureOrder({ number: "C-1" });
    const changes = await listOrderChanges({ since: before });
    expect(changes.items.map((o) => o.number)).toContain("C-1");
    expect(changes.truncated).toBe(false);
    await db.order.update({ where: { id: order.id }, data: { status: "PROCESSING" } });
    const later = await listOrderChanges({ since: changes.cursor });
    expect(later.items.find((o) => o.number === "C-1")?.status).toBe("PROCESSING");
    const old = await listOrderChanges({ since: new Date(Date.now() + 60_000).toISOString() });
    expect(old.items).toEqual([]);
  });
});
