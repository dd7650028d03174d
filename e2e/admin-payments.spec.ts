import { mkdirSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { onlyAt } from "./support/sizes";
import { signIn } from "./support/users";

// An admin sets the Razorpay webhook secret, the sandbox gateway posts a signed payment event
// that is now accepted, then the admin rotates the secret: the old one keeps verifying until
// the admin stops accepting it. The payment names no order, so no other journey's order moves.
onlyAt("desktop", "phone");

const SHOTS = "/tmp/payments-shots";
test.beforeAll(() => mkdirSync(SHOTS, { recursive: true }));

/** Where the sandbox runs: the demo store's base URL is `<sandbox>/store`. */
async function sandboxUrl(page: Page): Promise<string> {
  const source = await (await page.request.get("/api/admin/order-source")).json();
  return String(source.source.baseUrl).replace(/\/store\/?$/, "");
}

/** Has the sandbox gateway sign an order.paid event with `secret` and post it to `url`. */
async function gatewaySends(page: Page, sandbox: string, url: string, secret: string) {
  const res = await page.request.post(`${sandbox}/_control/razorpay/send`, {
    data: { url, secret, event: "order.paid", amountPaise: 49_900, orderRef: "E2E-NO-ORDER" },
  });
  expect(res.ok()).toBe(true);
  return ((await res.json()) as { answers: number[] }).answers;
}

test("an admin sets and rotates the Razorpay webhook secret; signed deliveries are accepted", async ({
  page,
}, info) => {
  test.skip(info.project.name !== "desktop", "setting secrets is a desk job");
  await signIn(page, "ADMIN");
  await page.goto("/admin");
  await page.getByRole("link", { name: /Payments/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Payments" })).toBeVisible();
  const status = page.getByRole("region", { name: "Razorpay webhook" });
  await expect(status.getByText("Not set: every delivery is refused")).toBeVisible();
  const url = (await status.locator("code").textContent())!;
  expect(url).toMatch(/^http:\/\/localhost:\d+\/api\/webhooks\/razorpay$/);
  await page.screenshot({ path: `${SHOTS}/not-set-1440.png`, fullPage: true });

  const sandbox = await sandboxUrl(page);
  expect(await gatewaySends(page, sandbox, url, "what-the-gateway-has-1")).toEqual([401]);

  // A short secret is refused beside the field; a generated one is shown once, to copy.
  const field = page.getByLabel("New webhook secret");
  await field.fill("short");
  await page.getByRole("button", { name: "Save secret" }).click();
  await expect(page.getByText("Use at least 12 characters")).toBeVisible();
  await page.getByRole("button", { name: "Generate a strong one" }).click();
  const first = await field.inputValue();
  expect(first).toMatch(/^[\w-]{32}$/);
  await page.getByRole("button", { name: "Save secret" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  await expect(field).toHaveValue("");
  await expect(status.getByText("Set here")).toBeVisible();
  await expect(status.getByText(/by Asha Admin/)).toBeVisible();
  await expect(page.locator("body")).not.toContainText(first);

  expect(await gatewaySends(page, sandbox, url, first)).toEqual([200]);
  await page.reload();
  await expect(status.getByText(/IST, with the current secret/)).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/set-1440.png`, fullPage: true });

  // Rotation: the old secret still verifies during the grace period, until the admin ends it.
  await page.getByRole("button", { name: "Generate a strong one" }).click();
  const second = await field.inputValue();
  await page.getByRole("button", { name: "Save secret" }).click();
  await expect(status.getByText(/Still accepted until/)).toBeVisible();
  await expect(status.getByText(/IST, with the previous secret/)).toBeVisible();
  expect(await gatewaySends(page, sandbox, url, first)).toEqual([200]);
  expect(await gatewaySends(page, sandbox, url, second)).toEqual([200]);
  await page.screenshot({ path: `${SHOTS}/rotated-1440.png`, fullPage: true });

  await status.getByRole("button", { name: "Stop accepting the previous secret now" }).click();
  await status.getByRole("button", { name: "Stop accepting it" }).click();
  await expect(status.getByText("Not accepted")).toBeVisible();
  expect(await gatewaySends(page, sandbox, url, first)).toEqual([401]);
  expect(await gatewaySends(page, sandbox, url, second)).toEqual([200]);
});

test("the payments screen reads on a phone", async ({ page }, info) => {
  test.skip(info.project.name !== "phone", "the desktop journey takes the desktop screenshots");
  await signIn(page, "ADMIN");
  await page.goto("/admin/payments");
  await expect(page.getByRole("heading", { name: "Razorpay webhook" })).toBeVisible();
  await expect(page.getByLabel("New webhook secret")).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/payments-390.png`, fullPage: true });
});
