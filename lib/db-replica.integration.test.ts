import { randomBytes } from "node:crypto";
import { afterAll, expect, inject, it } from "vitest";
import { copyTemplateDatabase } from "./testing/template-database";

// DATABASE_REPLICA_URL sends the dashboards' reads to the replica, and only them. A real replica
// (streaming replication) cannot be built from the embedded binaries, so the "replica" here is a
// second database, migrated and empty: what the dashboard shows tells which one it read.
const server = inject("databaseServerUrl");
const replica = `r_${randomBytes(6).toString("hex")}`;
process.env.DATABASE_REPLICA_URL = await copyTemplateDatabase(server, replica);

const { db, replicaDb } = await import("./db");
const { getShippingHealth } = await import("./dashboard/get-shipping-health");
const { createFixtureOrder } = await import("./orders/order-fixtures");

afterAll(() => replicaDb.$disconnect());

const databaseOf = async (client: typeof db) =>
  (await client.$queryRaw<{ name: string }[]>`SELECT current_database() AS name`)[0]!.name;

it("reads dashboards from the replica and everything else from the primary", async () => {
  expect(await databaseOf(replicaDb)).toBe(replica);
  expect(await databaseOf(db)).not.toBe(replica);

  const order = await createFixtureOrder({});
  await db.shipment.create({
    data: { orderId: order.id, idempotencyKey: `replica-${order.id}`, status: "BOOKED" },
  });
  // The primary has the shipment; the dashboard, reading the (empty) replica, does not yet.
  expect(await db.shipment.count()).toBe(1);
  expect((await getShippingHealth()).byStatus).toEqual([]);
});
