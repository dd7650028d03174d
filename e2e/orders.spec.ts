import { expect as baseExpect, test, type Page } from "@playwright/test";
import { signIn } from "./support/users";

// Two cores run the app, the worker, the sandbox and three browsers: give the UI some slack.
const expect = baseExpect.configure({ timeout: 10_000 });

// Ops journey on the orders dashboard, at desktop and phone size. Each size uses its own newest
// placed orders (other journeys use the oldest), so parallel runs never touch the same rows.
test.beforeEach(({}, info) => {
  test.skip(!["desktop", "phone"].includes(info.project.name), "ops works on desktop and phone");
});

const ordersFor = (project: string) =>
  project === "desktop"
    ? { note: "PL-100300", cancel: "PL-100299", live: "PL-100298" }
    : { note: "PL-100297", cancel: "PL-100296", live: "PL-100295" };

interface Row {
  id: string;
  number: string;
  customerPhone: string;
  status: string;
  shipment: { awb: string | null } | null;
}

async function findOrder(page: Page, q: string): Promise<Row> {
  const response = await page.request.get(`/api/orders?q=${encodeURIComponent(q)}`);
  expect(response.ok()).toBe(true);
  const { items } = (await response.json()) as { items: Row[] };
  expect(items).toHaveLength(1);
  return items[0] as Row;
}

const rowOf = (page: Page, number: string) =>
  page.locator(`[data-testid="order-row"][data-order-number="${number}"]:visible`);

async function search(page: Page, text: string) {
  await page.getByRole("searchbox", { name: "Search orders" }).fill(text);
  await page.getByRole("button", { name: "Search", exact: true }).click();
  await expect.poll(() => new URL(page.url()).searchParams.get("q")).toBe(text);
}

test("ops filters, searches, opens an order, notes it, processes it and cancels another", async ({
  page,
}, info) => {
  const mine = ordersFor(info.project.name);
  await signIn(page, "OPS");
  await page.goto("/orders");
  await expect(page.getByRole("heading", { level: 1, name: "Orders" })).toBeVisible();

  if (info.project.name === "phone") {
    const first = page.locator('[data-testid="order-row"]:visible').first();
    await expect(first).toBeVisible();
    const box = await first.boundingBox();
    expect(box && box.y + box.height).toBeLessThanOrEqual(844);
    await expect(first.getByTestId("order-status")).toBeInViewport();
    await page.getByRole("button", { name: /^Filters/ }).click();
  }
  await page.getByRole("button", { name: "Placed", exact: true }).click();
  await expect(page).toHaveURL(/status=PLACED/);
  await page.reload();
  if (info.project.name === "phone") await page.getByRole("button", { name: /^Filters/ }).click();
  await expect(page.getByRole("button", { name: "Placed", exact: true })).toHaveAttribute(
    "aria-pressed",
    "true",
  );
  const statuses = page.locator('[data-testid="order-row"]:visible [data-testid="order-status"]');
  await expect(statuses.first()).toHaveText("Placed");
  expect(new Set(await statuses.allTextContents())).toEqual(new Set(["Placed"]));

  const target = await findOrder(page, mine.note);
  const digits = target.customerPhone.slice(-10);
  await search(page, `${digits.slice(0, 5)} ${digits.slice(5)}`);
  await expect(rowOf(page, mine.note)).toBeVisible();

  const shipped = await page.request.get("/api/orders?status=SHIPPED&limit=1");
  const awbOrder = ((await shipped.json()) as { items: Row[] }).items[0] as Row;
  await page.goto("/orders");
  await search(page, awbOrder.shipment?.awb ?? "missing");
  await expect(page.locator('[data-testid="order-row"]:visible')).toHaveCount(1);
  await expect(rowOf(page, awbOrder.number)).toBeVisible();

  await search(page, mine.note);
  await rowOf(page, mine.note).getByRole("link").first().click();
  await expect(page.getByRole("heading", { level: 1, name: new RegExp(mine.note) })).toBeVisible();

  await page.getByRole("button", { name: "Edit address" }).click();
  await page.getByLabel("Pincode").fill("12345");
  await page.getByLabel("Phone").fill("12345");
  await page.getByRole("button", { name: "Save address" }).click();
  await expect(page.getByText("A pincode is 6 digits")).toBeVisible();
  await expect(page.getByText(/10-digit Indian mobile number/)).toBeVisible();
  await expect(page.getByLabel("Pincode")).toHaveValue("12345");
  await page.getByLabel("Pincode").fill("560034");
  await page.getByLabel("Phone").fill(`0${digits}`);
  await page.getByRole("button", { name: "Save address" }).click();
  await expect(page.getByRole("region", { name: "Delivery address" })).toContainText("560034");

  const note = `Customer asked for a morning delivery (${info.project.name})`;
  await page.getByLabel("Add an internal note").fill(note);
  await page.getByRole("button", { name: "Add note" }).click();
  const notes = page.getByRole("list", { name: "Notes" });
  await expect(notes).toContainText(note);
  await expect(notes).toContainText("Omar Ops");

  await page.getByRole("button", { name: "Mark as Processing" }).click();
  await expect(page.getByRole("heading", { level: 1 }).getByTestId("order-status")).toHaveText(
    "Processing",
  );
  await expect(page.getByRole("list", { name: "Status history" })).toContainText(
    "Placed → Processing",
  );
  await expect(page.getByRole("list", { name: "Status history" })).toContainText("Omar Ops");

  const other = await findOrder(page, mine.cancel);
  await page.goto(`/orders/${other.id}`);
  await page.getByRole("button", { name: "Cancel order" }).click();
  const dialog = page.getByRole("dialog", { name: new RegExp(`Cancel order ${mine.cancel}`) });
  await dialog.getByLabel("Reason").fill("Customer ordered the wrong size");
  await dialog.getByRole("button", { name: "Cancel order" }).click();
  await expect(page.getByRole("heading", { level: 1 }).getByTestId("order-status")).toHaveText(
    "Cancelled",
  );
  await expect(page.getByRole("list", { name: "Status history" })).toContainText(
    "Customer ordered the wrong size",
  );
  await expect(page.getByRole("button", { name: "Mark as Processing" })).toHaveCount(0);
});

test("a status change made in another browser appears without reloading", async ({
  page,
  browser,
}, info) => {
  const mine = ordersFor(info.project.name);
  await signIn(page, "OPS");
  await page.goto(`/orders?q=${mine.live}`);
  const row = rowOf(page, mine.live);
  await expect(row.getByTestId("order-status")).toHaveText("Placed");

  const other = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const second = await other.newPage();
  await signIn(second, "OPS");
  const target = await findOrder(second, mine.live);
  await second.goto(`/orders/${target.id}`);
  await second.getByRole("button", { name: "Mark as Processing" }).click();
  await expect(second.getByRole("heading", { level: 1 }).getByTestId("order-status")).toHaveText(
    "Processing",
  );
  await other.close();

  // The first browser polls for changes; the row updates in place with no navigation.
  await expect(row.getByTestId("order-status")).toHaveText("Processing", { timeout: 5_000 });
});

test("a failed load says so and offers Retry", async ({ page }) => {
  await signIn(page, "OPS");
  let fail = true;
  await page.route("**/api/orders?*", (route) =>
    fail ? route.fulfill({ status: 503, body: "{}" }) : route.fallback(),
  );
  await page.goto("/orders");
  await expect(
    page.getByText("Unable to load orders. Please refresh or try again later."),
  ).toBeVisible({
    timeout: 15_000,
  });
  fail = false;
  await page.getByRole("button", { name: "Retry" }).click();
  await expect(page.locator('[data-testid="order-row"]:visible').first()).toBeVisible();
});

// Seeded Packed orders no other journey touches (PL-100131…150 are Packed; pack.spec packs its own).
const packedFor = (project: string) => (project === "desktop" ? "PL-100145" : "PL-100146");

test("ops generates a shipment for a packed order and opens its tracking page", async ({
  page,
}, info) => {
  const number = packedFor(info.project.name);
  await signIn(page, "OPS");
  const order = await findOrder(page, number);
  expect(order.status).toBe("PACKED");
  await page.goto(`/orders/${order.id}`);
  await page.getByRole("button", { name: "Generate shipment" }).click();
  const dialog = page.getByRole("dialog", { name: `Generate shipment for ${number}` });
  await expect(dialog.getByText(/^Carrier policy:/)).toBeVisible();
  const recommended = dialog.getByRole("radio", { checked: true });
  await expect(recommended).toHaveCount(1);
  await dialog.getByRole("button", { name: "Book shipment" }).click();

  const result = page.getByRole("status").filter({ hasText: "Shipment created successfully" });
  await expect(result).toContainText(/Shipment created successfully\. AWB: \S+/);
  const awb = (await result.locator(".font-mono").textContent())?.trim() ?? "";
  expect(awb).not.toBe("");
  await expect(page.getByRole("heading", { level: 1 }).getByTestId("order-status")).toHaveText(
    "Shipped",
  );
  const shipments = page.getByRole("region", { name: "Shipments" });
  await expect(shipments).toContainText(awb);
  const label = await page.request.get(
    (await shipments.getByRole("link", { name: "Reprint label" }).getAttribute("href")) ?? "",
  );
  expect(label.headers()["content-type"]).toBe("application/pdf");
  expect((await label.body()).subarray(0, 5).toString("latin1")).toBe("%PDF-");

  await result.getByRole("link", { name: "Tracking page" }).click();
  await expect(page).toHaveURL(new RegExp(`/track/${awb}$`));
  await expect(page.getByText(awb).first()).toBeVisible();
});

test("ops generates shipments for several packed orders at once and sees the progress", async ({
  page,
}, info) => {
  test.skip(info.project.name !== "desktop", "bulk booking is a desk job");
  const numbers = ["PL-100149", "PL-100150"];
  await signIn(page, "OPS");
  for (const number of numbers) expect((await findOrder(page, number)).status).toBe("PACKED");
  await page.goto("/orders?status=PACKED");
  for (const number of numbers)
    await page
      .getByRole("checkbox", { name: `Select ${number}` })
      .filter({ visible: true })
      .check();
  const bulk = page.getByRole("region", { name: "Bulk actions" });
  await expect(bulk).toContainText("2 selected · 2 packed");
  await bulk.getByRole("button", { name: "Generate shipments (2)" }).click();
  await expect(bulk.getByRole("status")).toHaveText("2 of 2 booked — done", {
    timeout: 30_000,
  });
  for (const number of numbers) {
    const order = await findOrder(page, number);
    expect(order.status).toBe("SHIPPED");
    expect(order.shipment?.awb).toBeTruthy();
  }
});
