import { expect, test, type Browser } from "@playwright/test";
import { startOwnStack, type OwnStack } from "./support/own-stack";
import { signIn } from "./support/users";

// An admin orders the couriers with a carrier rule, then a courier refuses a parcel: booking
// falls back to the next courier of the rule and the order page lists both attempts. The rule
// and the sandbox's refusal change how every parcel is booked, so this journey has a stack of
// its own (its database, worker and sandbox) and disturbs no other journey.
const SHOTS = "/tmp/fallback-shots";
const SHIPROCKET = "Shiprocket (sandbox)";
const DELHIVERY = "Delhivery (sandbox)";

let stack: OwnStack;
test.beforeAll(async ({}, info) => {
  test.skip(info.project.name !== "desktop", "carrier rules are set at a desk");
  test.setTimeout(300_000);
  stack = await startOwnStack();
});
test.afterAll(async () => stack?.stop());

async function adminPage(browser: Browser) {
  const context = await browser.newContext({
    baseURL: stack.base,
    viewport: { width: 1440, height: 900 },
  });
  const page = await context.newPage();
  await signIn(page, "ADMIN");
  return page;
}

test("an admin sets a carrier rule; a courier refusing a parcel hands it to the next", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const page = await adminPage(browser);
  await page.goto("/admin");
  await page.getByRole("link", { name: /Carrier rules/ }).click();
  await expect(page.getByRole("heading", { name: "Carrier rules", level: 1 })).toBeVisible();
  await expect(page.getByTestId("carrier-default")).toContainText("Otherwise Packline takes the");

  await page.getByRole("button", { name: "Add a rule" }).click();
  const dialog = page.getByRole("dialog", { name: "Add a carrier rule" });
  await dialog.getByLabel("Name").fill("Shiprocket first");
  await dialog.getByLabel("Weight from (g)").fill("5000");
  await dialog.getByLabel("Weight up to (g)").fill("2000");
  await dialog.getByRole("button", { name: "Add rule" }).click();
  await expect(dialog.getByText("The lowest weight must not be above the highest.")).toBeVisible();
  await dialog.getByLabel("Weight from (g)").fill("");
  await dialog.getByLabel("Weight up to (g)").fill("");
  await dialog.getByLabel("Order value up to (₹)").fill("1,00,000");
  // The dialog starts with the first account: replaced by Delhivery, then Shiprocket moved up.
  await dialog.getByRole("button", { name: /^Remove / }).click();
  const add = dialog.getByLabel("Add a courier account");
  await add.selectOption({ label: DELHIVERY });
  await add.selectOption({ label: SHIPROCKET });
  await dialog.getByRole("button", { name: `Move ${SHIPROCKET} up` }).click();
  await expect(dialog.getByTestId("action-account")).toHaveText([
    /1\.\s*Shiprocket \(sandbox\)/,
    /2\.\s*Delhivery \(sandbox\)/,
  ]);
  const sentence = `Rule 1 matches parcels worth up to ₹1,00,000 and tries ${SHIPROCKET}, then ${DELHIVERY}.`;
  await expect(dialog.getByTestId("rule-preview")).toHaveText(sentence);
  await page.screenshot({ path: `${SHOTS}/carrier-rule-dialog-1440.png` });
  await dialog.getByRole("button", { name: "Add rule" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId("carrier-rule")).toHaveCount(1);
  await expect(page.getByTestId("carrier-rule")).toContainText(sentence);
  await page.screenshot({ path: `${SHOTS}/admin-carrier-rules-1440.png`, fullPage: true });

  // Shiprocket refuses this order's booking (its reference is the order number and -F1).
  const { rows } = await stack.db.query<{ id: string; number: string }>(
    `SELECT id, number FROM "Order" WHERE number = 'PL-100140' AND status = 'PACKED'`,
  );
  const order = rows[0]!;
  const refused = await fetch(`${stack.sandbox}/_control/refusals`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ courier: "shiprocket", reference: `${order.number}-F1` }),
  });
  expect(refused.status).toBe(201);

  await page.goto(`/orders/${order.id}`);
  await page.getByRole("button", { name: "Generate shipment" }).click();
  const ship = page.getByRole("dialog", { name: `Generate shipment for ${order.number}` });
  await ship.getByRole("button", { name: "Book shipment" }).click();
  const result = page.getByRole("status").filter({ hasText: "Shipment created successfully" });
  await expect(result).toContainText(/AWB: \S+/);

  const attempts = page.getByTestId("booking-attempt");
  await expect(attempts).toHaveCount(2);
  await expect(attempts.nth(0)).toContainText(`Refused · ${SHIPROCKET}`);
  await expect(attempts.nth(0)).toContainText("is not serviceable");
  await expect(attempts.nth(1)).toContainText(`Booked · ${DELHIVERY}`);
  await expect(page.getByTestId("booking-attempts")).toContainText(
    `Why: Fell back to ${DELHIVERY}`,
  );
  const shipments = page.getByRole("region", { name: "Shipments" });
  await expect(shipments).toContainText("delhivery · booked");
  await shipments.screenshot({ path: `${SHOTS}/order-attempts-1440.png` });
  await page.screenshot({ path: `${SHOTS}/order-page-1440.png`, fullPage: true });
});
