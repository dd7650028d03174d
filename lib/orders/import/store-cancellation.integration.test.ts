import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sampleShipment } from "@/lib/couriers/contract";
import { getCourierForAccount } from "@/lib/couriers/registry";
import { encryptSecret } from "@/lib/crypto/secrets";
import { db } from "@/lib/db";
import { setFulfilmentFlag } from "@/lib/orders/order-fixtures";
import { createSandboxCourierAccount, SANDBOX_PINCODES } from "@/lib/testing/courier-fixtures";
import { createPicker } from "@/lib/testing/picking-fixtures";
import { control, startSandbox } from "@/lib/testing/start-sandbox";
import { allocatePick } from "@/lib/warehouse/allocate-pick";
import { listPickList } from "@/lib/warehouse/list-pick-list";
import { listReadyToPack } from "@/lib/warehouse/list-ready-to-pack";
import { completePutBackTask } from "@/lib/warehouse/put-back/complete-put-back-task";
import { listPutBackTasks } from "@/lib/warehouse/put-back/list-put-back-tasks";
import { runOrderSync } from "./run-order-sync";

// An order the store cancels after picking started stops where it is: it leaves the pick list
// and the pack queue, ops get an incident, and the units already picked get put-back tasks.
// The store is the sandbox's, over HTTP; picks go through the real pick function.
let sandbox: Awaited<ReturnType<typeof startSandbox>>;
let sourceId = "";

function storeOrder(n: number, items: { sku: string; quantity: number }[]) {
  const placed = new Date(Date.now() - (10 - n) * 60_000);
  return {
    order_id: `PB-${n}`,
    order_number: `PB-${1000 + n}`,
    status: "paid",
    placed_at: placed.toISOString(),
    updated_at: placed.toISOString(),
    customer: { name: "Asha Rao", email: `asha${n}@example.in`, phone: "98765 43210" },
    shipping_address: {
      line1: "4 MG Road",
      city: "Mumbai",
      state: "Maharashtra",
      pincode: "400001",
      country: "IN",
    },
    payment: { method: "prepaid", status: "paid" },
    totals: { subtotal: 500, total: 500 },
    items: items.map((i) => ({
      ...i,
      title: `Product ${i.sku}`,
      category: "Home",
      subcategory: "Kitchen",
      unit_price: 250,
    })),
  };
}

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
  await setFulfilmentFlag(true);
});
afterAll(() => sandbox.stop());

const statusOf = (number: string) =>
  db.order.findUniqueOrThrow({ where: { number }, select: { id: true, status: true } });

describe("an order cancelled in the store after picking started", () => {
  it("leaves the pick list and the pack queue, with an incident and put-back tasks", async () => {
    await control(sandbox.url, "/_control/store", undefined, "DELETE");
    await control(sandbox.url, "/_control/store/config", { shape: "flat" });
    await control(sandbox.url, "/_control/store/orders", {
      orders: [
        storeOrder(1, [
          { sku: "PB-A", quantity: 2 },
          { sku: "PB-B", quantity: 1 },
        ]),
        storeOrder(2, [{ sku: "PB-C", quantity: 1 }]),
      ],
    });
    expect(await runOrderSync({ sourceId, trigger: "manual" })).toMatchObject({
      counts: { created: 2 },
    });
    await db.product.update({ where: { sku: "PB-A" }, data: { binLocation: "A-01-3" } });
    const picker = await createPicker();
    const pick = (sku: string, qty: number) =>
      allocatePick({ code: sku, qty, clientEventId: `${sku}-${qty}`, picker });
    await pick("PB-A", 1); // order 1: one of three units picked, still on the pick list
    await pick("PB-C", 1); // order 2: fully picked, in the pack queue
    const packQueue = async () =>
      (await listReadyToPack({ limit: 50, held: false })).items.map((o) => o.number);
    expect(await packQueue()).toContain("PB-1002");
    const onPickList = async () =>
      (await listPickList({ limit: 200 })).groups.flatMap((g) =>
        g.subcategories.flatMap((s) => s.skus.map((k) => k.sku)),
      );
    expect(await onPickList()).toEqual(expect.arrayContaining(["PB-A", "PB-B"]));

    for (const id of ["PB-1", "PB-2"])
      await control(sandbox.url, `/_control/store/orders/${id}/status`, { status: "cancelled" });
    const sync = await runOrderSync({ sourceId, trigger: "manual" });
    expect(sync).toMatchObject({
      ran: true,
      status: "SUCCEEDED",
      counts: { updated: 2, failed: 0 },
    });

    const [one, two] = [await statusOf("PB-1001"), await statusOf("PB-1002")];
    expect([one.status, two.status]).toEqual(["CANCELLED", "CANCELLED"]);
    expect(await packQueue()).not.toContain("PB-1002");
    expect(await onPickList()).not.toEqual(expect.arrayContaining(["PB-A"]));
    expect(await onPickList()).not.toEqual(expect.arrayContaining(["PB-B"]));

    const tasks = await listPutBackTasks({ status: "OPEN", limit: 50 });
    expect(
      tasks.map((t) => ({ order: t.orderNumber, sku: t.sku, qty: t.quantity, bin: t.binLocation })),
    ).toEqual([
      { order: "PB-1001", sku: "PB-A", qty: 1, bin: "A-01-3" },
      { order: "PB-1002", sku: "PB-C", qty: 1, bin: null },
    ]);
    const incidents = await db.incident.findMany({
      where: { orderId: { in: [one.id, two.id] } },
      select: { severity: true, title: true },
      orderBy: { title: "asc" },
    });
    expect(incidents).toEqual([
      {
        severity: "MEDIUM",
        title:
          "Order PB-1001 was cancelled in the store while processing here: it was stopped; 1 picked unit to put back.",
      },
      {
        severity: "MEDIUM",
        title:
          "Order PB-1002 was cancelled in the store while processing here: it was stopped; 1 picked unit to put back.",
      },
    ]);

    await completePutBackTask({ taskId: tasks[0]!.id, user: picker });
    await expect(completePutBackTask({ taskId: tasks[0]!.id, user: picker })).rejects.toMatchObject(
      {
        code: "CONFLICT",
        message: expect.stringContaining("already put back by"),
      },
    );
    expect((await listPutBackTasks({ status: "OPEN", limit: 50 })).map((t) => t.sku)).toEqual([
      "PB-C",
    ]);

    // The next sync sees the same cancellation again and changes nothing.
    const again = await runOrderSync({ sourceId, trigger: "manual", full: true });
    expect(again).toMatchObject({ counts: { updated: 0, failed: 0 } });
    expect(await db.putBackTask.count()).toBe(2);
  });
});

describe("an order cancelled in the store after it was booked", () => {
  const CANCEL = "POST /delhivery/api/p/edit";
  const cancels = () => sandbox.requests.filter((r) => r === CANCEL).length;

  /** The order as booked and shipped: its units picked, a Delhivery AWB issued by the sandbox. */
  async function ship(number: string, accountId: string) {
    const { id } = await statusOf(number);
    await db.orderItem.updateMany({
      where: { orderId: id },
      data: { qtyPicked: { set: 1 }, qtyVerified: { set: 1 } },
    });
    const courier = await getCourierForAccount(accountId);
    const { awb } = await courier.createShipment(sampleShipment(SANDBOX_PINCODES));
    await db.shipment.create({
      data: {
        orderId: id,
        courierAccountId: accountId,
        idempotencyKey: `${id}:FORWARD:1`,
        awb,
        status: "BOOKED",
      },
    });
    await db.order.update({ where: { id }, data: { status: "SHIPPED" } });
    return { id, awb };
  }

  it("is stopped before pickup with its AWB cancelled; after pickup it is a HIGH incident to ask for RTO", async () => {
    const account = await createSandboxCourierAccount(sandbox.url, "DELHIVERY", {
      name: "Delhivery store test",
    });
    await control(sandbox.url, "/_control/store/orders", {
      orders: [
        storeOrder(3, [{ sku: "PB-D", quantity: 1 }]),
        storeOrder(4, [{ sku: "PB-E", quantity: 1 }]),
      ],
    });
    // Placed before the last sync's cursor: read in full.
    await runOrderSync({ sourceId, trigger: "manual", full: true });
    const booked = await ship("PB-1003", account.id);
    const pickedUp = await ship("PB-1004", account.id);
    await control(sandbox.url, "/_control/delhivery/advance", {
      awb: pickedUp.awb,
      to: "picked-up",
    });
    await db.shipment.update({ where: { awb: pickedUp.awb }, data: { status: "PICKED_UP" } });
    const before = cancels();

    for (const id of ["PB-3", "PB-4"])
      await control(sandbox.url, `/_control/store/orders/${id}/status`, { status: "cancelled" });
    const sync = await runOrderSync({ sourceId, trigger: "manual" });

    expect(sync).toMatchObject({ status: "PARTIAL", counts: { updated: 1, failed: 1 } });
    expect(cancels() - before).toBe(1);
    const delhivery = await getCourierForAccount(account.id);
    expect((await delhivery.track(booked.awb)).current?.status).toBe("CANCELLED");
    expect((await delhivery.track(pickedUp.awb)).current?.status).not.toBe("CANCELLED");
    expect([(await statusOf("PB-1003")).status, (await statusOf("PB-1004")).status]).toEqual([
      "CANCELLED",
      "SHIPPED",
    ]);
    const rto = `DELHIVERY has picked up parcel ${pickedUp.awb} already, so the order cannot be cancelled here: ask DELHIVERY to return it to origin (RTO).`;
    const incidents = await db.incident.findMany({
      where: { orderId: { in: [booked.id, pickedUp.id] } },
      select: { severity: true, title: true },
      orderBy: { title: "asc" },
    });
    expect(incidents).toEqual([
      {
        severity: "MEDIUM",
        title: `Order PB-1003 was cancelled in the store while shipped here: it was stopped; 1 picked unit to put back; AWB ${booked.awb} was cancelled at the courier.`,
      },
      {
        severity: "HIGH",
        title: `Order PB-1004 was cancelled in the store while shipped here but could not be stopped: ${rto}`,
      },
    ]);
    expect(
      (await listPutBackTasks({ status: "OPEN", limit: 50 })).filter(
        (t) => t.orderNumber === "PB-1003",
      ),
    ).toHaveLength(1);
  });
});
