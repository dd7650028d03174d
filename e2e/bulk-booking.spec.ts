import { expect, test, type Browser, type BrowserContext } from "@playwright/test";
import { startOwnStack, type OwnStack } from "./support/own-stack";
import { until } from "./support/until";
import { signIn } from "./support/users";

// Ops selects 50 packed orders and starts a bulk booking, then closes the browser: the worker
// books all 50 anyway. The courier answers 503 to every booking until the browser is gone, so
// nothing can be booked while the page is open, whatever the timing; the jobs retry on their own
// once it answers again. The stack is this test's own (its database is where the 50 orders are
// seeded); nothing here is timed.
const SHIPROCKET = "/shiprocket/v1/external";
const CREATE = `${SHIPROCKET}/orders/create/adhoc`;
const DAY = "2020-01-15"; // no demo order was placed then: the filter shows exactly these 50
const PHONE = { width: 390, height: 844 };

let stack: OwnStack;
test.beforeAll(async ({}, info) => {
  test.skip(info.project.name !== "desktop", "bulk booking is a desk job");
  test.setTimeout(300_000);
  stack = await startOwnStack();
});
test.afterAll(async () => stack?.stop());

async function rows<T>(sql: string, values: unknown[] = []): Promise<T[]> {
  return (await stack.db.query(sql, values)).rows as T[];
}

const sandbox = (method: string, body?: unknown) =>
  fetch(`${stack.sandbox}/_control/faults`, {
    method,
    headers: { "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });

/** 50 packed orders of one demo product, placed on DAY, booked only with Shiprocket. */
async function seedPackedOrders() {
  await stack.db.query(
    `UPDATE "CourierAccount" SET active = (courier = 'SHIPROCKET' AND NOT "dryRun")`,
  );
  await stack.db.query(`
    WITH p AS (SELECT id, sku, title FROM "Product" ORDER BY sku LIMIT 1),
    o AS (
      INSERT INTO "Order" (id, source, "externalId", number, "customerName", "customerPhone",
        "addressLine1", city, state, pincode, "paymentMethod", "paymentStatus", "subtotalPaise",
        "totalPaise", status, "placedAt", "packedAt", "updatedAt")
      SELECT 'bulk-e2e-' || g, 'MANUAL', 'BULK-E2E-' || g, 'PL-BULK-' || lpad(g::text, 2, '0'),
        'Customer ' || g, '98765' || lpad(g::text, 5, '0'), g || ' Linking Road', 'Mumbai',
        'Maharashtra', '400053', 'PREPAID', 'PAID', 49900, 49900, 'PACKED',
        '${DAY} 06:00:00'::timestamp + g * interval '1 minute', now(), now()
      FROM generate_series(1, 50) g RETURNING id, "placedAt")
    INSERT INTO "OrderItem" (id, "orderId", "productId", sku, title, "unitPricePaise", "qtyOrdered",
      "qtyPicked", "qtyVerified", "orderPlacedAt", "updatedAt")
    SELECT o.id || '-1', o.id, p.id, p.sku, p.title, 49900, 1, 1, 1, o."placedAt", now() FROM o, p`);
}

async function signedIn(browser: Browser, viewport = { width: 1440, height: 900 }) {
  const context = await browser.newContext({ baseURL: stack.base, viewport });
  const page = await context.newPage();
  await signIn(page, "OPS");
  return { context, page };
}

test("50 orders booked in bulk are all booked after the browser is closed", async ({
  browser,
}, info) => {
  test.setTimeout(300_000);
  await seedPackedOrders();
  await sandbox("POST", { prefix: CREATE, status: 503 });

  let context: BrowserContext;
  let page;
  ({ context, page } = await signedIn(browser));
  await page.goto(`/orders?status=PACKED&from=${DAY}&to=${DAY}`);
  const listed = page.locator('[data-testid="order-row"]:visible');
  await expect(listed).toHaveCount(30);
  await page.getByRole("button", { name: "Load more orders" }).click();
  await expect(listed).toHaveCount(50);
  await page.getByRole("checkbox", { name: "Select all orders on this page" }).check();
  const bulk = page.getByRole("region", { name: "Bulk actions" });
  await expect(bulk).toContainText("50 selected · 50 packed");
  await bulk.getByRole("button", { name: "Generate shipments (50)" }).click();
  const progress = bulk.getByTestId("bulk-booking-progress");
  await expect(progress.getByRole("status")).toContainText("0 of 50 booked");
  await page.screenshot({ path: info.outputPath("bulk-booking-started-desktop.png") });
  const [run] = await rows<{ id: string; queued: number }>(
    `SELECT r.id, count(*) FILTER (WHERE i.state = 'QUEUED')::int AS queued
       FROM "BulkBookingRun" r JOIN "BulkBookingItem" i ON i."runId" = r.id GROUP BY r.id`,
  );
  expect(run).toMatchObject({ queued: 50 });
  await context.close();

  // A colleague's phone, while the courier is still refusing: the run waits, with the reason.
  ({ context, page } = await signedIn(browser, PHONE));
  await page.goto(`/orders/bulk-bookings/${run!.id}`);
  // the worker's first tries may still be under way on a busy machine: wait for one to come back
  const waiting = page.getByTestId("bulk-booking-item").filter({ hasText: "Trying again shortly" });
  await expect(waiting.first()).toBeVisible({ timeout: 60_000 });
  await page.screenshot({
    path: info.outputPath("bulk-booking-waiting-phone.png"),
    fullPage: false,
  });
  await context.close();

  await sandbox("DELETE");
  const booked = await until(
    "all 50 orders to be booked",
    async () => {
      const [counts] = await rows<{ booked: number }>(
        `SELECT count(*)::int AS booked FROM "BulkBookingItem" WHERE "runId" = $1 AND state = 'BOOKED'`,
        [run!.id],
      );
      return counts!.booked === 50 ? counts : undefined;
    },
    240_000,
  );
  expect(booked.booked).toBe(50);
  const shipments = await rows<{ awb: string; item_awb: string; order_status: string }>(
    `SELECT s.awb, i.awb AS item_awb, o.status::text AS order_status
       FROM "BulkBookingItem" i JOIN "Order" o ON o.id = i."orderId"
       JOIN "Shipment" s ON s."orderId" = o.id AND s.direction = 'FORWARD'
      WHERE i."runId" = $1`,
    [run!.id],
  );
  expect(shipments).toHaveLength(50);
  expect(new Set(shipments.map((s) => s.awb)).size).toBe(50);
  for (const s of shipments) expect(s).toMatchObject({ item_awb: s.awb, order_status: "SHIPPED" });

  for (const [name, viewport] of [
    ["desktop", undefined],
    ["phone", PHONE],
  ] as const) {
    ({ context, page } = await signedIn(browser, viewport));
    const api = await page.request.get(`/api/bulk-bookings/${run!.id}`);
    expect(await api.json()).toMatchObject({ finished: true, counts: { booked: 50, failed: 0 } });
    await page.goto(`/orders/bulk-bookings/${run!.id}`);
    await expect(page.getByRole("status")).toHaveText("50 of 50 booked — done");
    await expect(
      page.locator('[data-testid="bulk-booking-item"][data-state="BOOKED"]'),
    ).toHaveCount(50);
    await page.screenshot({ path: info.outputPath(`bulk-booking-done-${name}.png`) });
    await context.close();
  }
});
