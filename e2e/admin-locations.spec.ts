import { expect, test } from "@playwright/test";
import { startOwnStack, type OwnStack } from "./support/own-stack";
import { signIn } from "./support/users";

// An admin at a desk adds a second warehouse: a mistyped GSTIN is refused with a sentence, the
// saved location is registered with the three sandbox couriers by the worker, and each
// courier's own answer appears on the screen. Looked at again at a phone's width. A stack of its
// own: another journey's Delhivery account (the sandbox's one client) would race it for the
// warehouse name, and Delhivery rightly refuses a name its client already holds.
const SHOTS = "/tmp/locations-shots";

let stack: OwnStack;
test.beforeAll(async ({}, info) => {
  test.skip(info.project.name !== "desktop", "locations are managed at a desk");
  test.setTimeout(300_000);
  stack = await startOwnStack();
});
test.afterAll(async () => stack?.stop());

test("an admin adds a pickup location and sees the three couriers' answers", async ({
  browser,
}) => {
  const context = await browser.newContext({
    baseURL: stack.base,
    viewport: { width: 1280, height: 900 },
  });
  const page = await context.newPage();
  await signIn(page, "ADMIN");
  await page.goto("/admin");
  await page.getByRole("link", { name: /Pickup locations/ }).click();
  const demo = page.getByRole("region", { name: "Packline Demo Warehouse" });
  await expect(demo.getByText("Default")).toBeVisible();
  // the demo's three sandbox accounts
  const sandboxAccounts = { hasText: /\(sandbox\)/ };
  await expect(demo.getByTestId("courier-registration").filter(sandboxAccounts)).toHaveCount(3);

  await page.getByRole("button", { name: "Add a location" }).click();
  const dialog = page.getByRole("dialog", { name: "Add a pickup location" });
  await dialog.getByLabel("Location name").fill("Chennai DC");
  await dialog.getByLabel("Address line 1").fill("No. 8, SIDCO Industrial Estate, Guindy");
  await dialog.getByLabel("City").fill("Chennai");
  await dialog.getByLabel("State").fill("Tamil Nadu");
  await dialog.getByLabel("Pincode").fill("600032");
  await dialog.getByLabel("Contact name").fill("Lakshmi Iyer");
  await dialog.getByLabel("Contact mobile").fill("9840012345");
  await dialog.getByLabel("Contact e-mail").fill("chennai@packline.test");
  await dialog.getByLabel("GSTIN (optional)").fill("33AABCP1234L1ZX");
  await dialog.getByRole("button", { name: "Add location" }).click();
  await expect(dialog.getByText(/fails the GSTIN checksum/)).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/admin-location-error-1280.png` });

  await dialog.getByLabel("GSTIN (optional)").fill("");
  await dialog.getByRole("button", { name: "Add location" }).click();
  await expect(dialog).toBeHidden();
  const chennai = page.getByRole("region", { name: "Chennai DC" });
  const answers = chennai.getByTestId("courier-registration").filter(sandboxAccounts);
  await expect(answers).toHaveCount(3);
  // the worker registers it with each courier; the screen polls until all three answered
  await expect(answers.filter({ hasText: "Registered" })).toHaveCount(3, { timeout: 30_000 });
  await expect(chennai).toContainText("A new client warehouse has been created in HQ(Delhivery).");
  await expect(chennai).toContainText(/Pickup location added: pickup id \d+/);
  await expect(chennai).toContainText("Successful operation on Address Chennai DC");
  await page.screenshot({ path: `${SHOTS}/admin-locations-1280.png`, fullPage: true });

  await page.setViewportSize({ width: 390, height: 844 });
  await expect(chennai.getByText("Registered").first()).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/admin-locations-390.png`, fullPage: true });
});
