import { expect, test, type APIRequestContext } from "@playwright/test";
import { signIn } from "./support/users";

// A packer at a station tablet: open a ready order, scan each item (a wrong scan is refused
// loudly), print the slip, mark packed. Landscape takes a complete order; portrait takes one
// with a short item and records "ship partial", so parallel runs never share an order.
test.beforeEach(({}, info) => {
  test.skip(
    !["tablet", "tablet-portrait"].includes(info.project.name),
    "packing happens on station tablets",
  );
});

interface QueueOrder {
  id: string;
  number: string;
  hasShortItems: boolean;
}
interface PackItem {
  sku: string;
  qtyPicked: number;
  qtyVerified: number;
}

async function pickOrder(request: APIRequestContext, withShorts: boolean): Promise<QueueOrder> {
  const res = await request.get("/api/orders/ready-to-pack?limit=100");
  expect(res.status()).toBe(200);
  const { items } = (await res.json()) as { items: QueueOrder[] };
  const order = items.find((o) => o.hasShortItems === withShorts);
  if (!order)
    throw new Error(`the demo queue has no ready order ${withShorts ? "with" : "without"} shorts`);
  return order;
}

test("a packer verifies by scanning, prints the slip and marks packed", async ({ page }, info) => {
  const withShorts = info.project.name === "tablet-portrait";
  await signIn(page, "PACKER");
  await expect(page.getByRole("heading", { level: 1, name: "Ready to pack" })).toBeVisible();
  const order = await pickOrder(page.request, withShorts);
  const detail = await page.request.get(`/api/orders/${order.id}/pack`);
  const { items } = (await detail.json()) as { items: PackItem[] };

  await page.getByRole("button", { name: new RegExp(order.number) }).click();
  await expect(page.getByRole("heading", { level: 2, name: order.number })).toBeVisible();
  const scan = page.getByLabel("Scan or type a SKU or barcode");
  await expect(scan).toBeFocused();

  await scan.fill("NOT-IN-THIS-ORDER");
  await scan.press("Enter");
  await expect(page.getByRole("alert").filter({ hasText: "Wrong item" })).toContainText(
    `NOT-IN-THIS-ORDER is not in order ${order.number}`,
  );
  await expect(page.getByRole("button", { name: "Mark packed" })).toBeDisabled();

  for (const item of items)
    for (let n = item.qtyVerified + 1; n <= item.qtyPicked; n++) {
      await scan.fill(item.sku);
      await scan.press("Enter");
      await expect(
        page
          .getByRole("status")
          .filter({ hasText: `${item.sku}: ${n} of ${item.qtyPicked} scanned` }),
      ).toBeVisible();
    }

  if (withShorts) {
    await expect(page.getByText(/short: pack only|NOT IN STOCK/).first()).toBeVisible();
    await page.getByLabel("Reason (required)").fill("Customer agreed to a partial parcel");
    await page.getByRole("button", { name: "Ship partial" }).click();
    await expect(page.getByText("Decision: Ship partial")).toBeVisible();
  }

  const slip = page
    .context()
    .waitForEvent("response", (r) => r.url().includes(`/api/orders/${order.id}/packing-slip`));
  await page.getByRole("link", { name: "Print packing slip" }).click();
  const response = await slip;
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("application/pdf");

  // the scale types into the weight field, which has the focus once every item is scanned
  await expect(page.getByLabel("Weight from the scale, or typed")).toBeFocused();
  await page.keyboard.type("1.250 kg");
  await page.keyboard.press("Enter");
  await page.getByRole("radio", { name: /Box M/ }).click();
  await page.getByRole("button", { name: "Mark packed" }).click();
  await expect(
    page.getByRole("status").filter({ hasText: `${order.number} packed` }),
  ).toBeVisible();
  await expect(page.getByRole("button", { name: new RegExp(`^${order.number}`) })).toHaveCount(0);
  const after = await page.request.get(`/api/orders/${order.id}/pack`);
  expect(((await after.json()) as { status: string }).status).toBe("PACKED");

  // The label for the parcel on the bench: booked here (or by auto-booking) with a sandbox courier.
  const labelPanel = page.getByRole("region", { name: "Shipping label" });
  const printLabel = labelPanel.getByRole("link", { name: "Print label" });
  const bookHere = labelPanel.getByRole("button", { name: "Book & print label" });
  await expect(printLabel.or(bookHere)).toBeVisible();
  if (await bookHere.isVisible()) await bookHere.click();
  await expect(printLabel).toBeVisible({ timeout: 20_000 });
  await expect(labelPanel).toContainText(`${order.number} · `);
  const label = await page.request.get((await printLabel.getAttribute("href"))!);
  expect(label.status()).toBe(200);
  expect(label.headers()["content-type"]).toBe("application/pdf");
});
