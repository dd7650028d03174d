import { expect as baseExpect, test } from "@playwright/test";
import { signIn } from "./support/users";

// Two cores run the app, the worker, the sandbox and three browsers: give the UI some slack.
const expect = baseExpect.configure({ timeout: 10_000 });

// Ops see each order's RTO risk on the list, keep only the high-risk ones, and read why on the
// order page; the admin reads how well the score ranked the demo's finished history
// (PL-320001…, prisma/seed/risk-history.ts). Read-only: no other journey's rows move.
test.beforeEach(({}, info) => {
  test.skip(!["desktop", "phone"].includes(info.project.name), "ops works on desktop and phone");
});

test("ops filter the list to high RTO risk and read an order's reasons", async ({ page }, info) => {
  await signIn(page, "OPS");
  await page.goto("/orders");
  const rows = page.locator('[data-testid="order-row"]:visible');
  await expect(rows.first().getByTestId("risk-badge")).toBeVisible();

  if (info.project.name === "phone") await page.getByRole("button", { name: /^Filters/ }).click();
  await page.getByLabel("RTO risk").selectOption("high");
  await expect(page).toHaveURL(/risk=high/);
  await expect(rows.first()).toBeVisible();
  const badges = rows.getByTestId("risk-badge");
  await expect(badges.first()).toHaveText(/^High risk · \d+$/);
  const shown = await badges.count();
  expect(shown).toBeGreaterThan(0);
  for (let i = 0; i < shown; i++) await expect(badges.nth(i)).toHaveAttribute("data-band", "high");
  // on a phone the open filter panel fills the screen: fold it to see the rows
  if (info.project.name === "phone") await page.getByRole("button", { name: /^Filters/ }).click();
  await page.screenshot({ path: info.outputPath("risk-list.png"), fullPage: false });

  const number = await rows.first().getAttribute("data-order-number");
  await rows.first().getByRole("link").first().click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(number!);
  const section = page.getByRole("region", { name: "RTO risk" });
  await expect(section.getByTestId("risk-badge")).toHaveText(/^High risk · \d+$/);
  await expect(section).toContainText("chance it comes back");
  const reasons = section.getByTestId("risk-reason");
  await expect(
    reasons.filter({ hasText: /[\d,]+ of [\d,]+ parcels? came back \(\d+\s%/ }).first(),
  ).toBeVisible();
  await section.scrollIntoViewIfNeeded();
  await page.screenshot({ path: info.outputPath("risk-order.png"), fullPage: false });
});

test("the admin sees the lift of the score on the shop's finished history", async ({
  page,
}, info) => {
  test.skip(info.project.name !== "desktop", "an admin screen, read at a desk");
  await signIn(page, "ADMIN");
  await page.goto("/admin/risk");
  await expect(page.getByTestId("risk-lift")).toHaveText(/^\d+\.\d\d×$/);
  await expect(page.getByTestId("risk-decile")).toHaveCount(10);
  await expect(page.getByText(/This rests on [\d,]+ finished orders placed between/)).toBeVisible();
  await page.screenshot({ path: info.outputPath("risk-lift.png"), fullPage: true });
});
