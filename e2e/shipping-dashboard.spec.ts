import { expect, test } from "@playwright/test";
import { signIn } from "./support/users";

// Ops read the shipping dashboard's courier performance on desktop and on a phone: the charts
// draw (recharts, client-side) under the page's CSP, the table carries the same rows, and a
// period that does not exist is answered with a sentence, not an error page.
const SHOTS = "/tmp/dash-shots";

test.beforeEach(({}, info) => {
  test.skip(!["desktop", "phone"].includes(info.project.name), "ops work on desktop and phone");
});

test("ops read courier performance charts and table", async ({ page }, info) => {
  const violations: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy|CSP violation/i.test(m.text())) violations.push(m.text());
  });
  await signIn(page, "OPS");
  await page.goto("/shipping");

  const chart = page.getByTestId("courier-performance-chart");
  await expect(chart.locator(".recharts-wrapper > svg")).toBeVisible();
  await expect(chart.locator(".recharts-bar-rectangle").first()).toBeVisible();
  await expect(
    page.getByTestId("shipping-trend-chart").locator(".recharts-wrapper > svg"),
  ).toBeVisible();
  // A table from tablet width up; on a phone a card per courier and zone, nothing sideways.
  if (info.project.name === "phone") {
    const cards = page.getByRole("list", { name: "Courier performance by zone" });
    await expect(cards.getByRole("listitem").first()).toContainText("On time");
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      390,
    );
  } else {
    const table = page.getByRole("table", { name: "Courier performance by zone" });
    await expect(table.locator("tbody tr").first()).toBeVisible();
  }
  await expect(page.getByText("Pickups due today")).toBeVisible();
  await page
    .locator("section", { has: page.getByRole("heading", { name: "Courier performance" }) })
    .screenshot({ path: `${SHOTS}/${info.project.name}-courier-performance.png` });

  await page.goto("/shipping?from=2026-02-30&to=2026-03-10");
  await expect(page.getByText("That date does not exist on the calendar")).toBeVisible();
  expect(violations).toEqual([]);
});

test("ops open the webhook log and read a refused delivery's payload", async ({ page }, info) => {
  // An unsigned post is refused and logged: the log's row for it is what ops look at.
  const marker = `e2e-${info.project.name}-${Date.now()}`;
  const refused = await page.request.post("/api/webhooks/razorpay", {
    data: { event: "payment.captured", note: `<b>${marker}</b>` },
  });
  expect(refused.status()).toBe(401);
  await signIn(page, "OPS");
  await page.goto("/shipping");
  await page.getByRole("link", { name: "Webhook log" }).click();
  await page.getByRole("navigation", { name: "Filter by status" }).getByText("rejected").click();
  await expect(page).toHaveURL(/status=REJECTED/);
  await page
    .getByRole("main")
    .getByRole("listitem")
    .filter({ hasText: "razorpay" })
    .first()
    .click();
  await expect(page.getByText(`"note": "<b>${marker}</b>"`)).toBeVisible();
  await expect(page.getByRole("button", { name: "Re-process" })).toHaveCount(0);
  await page.screenshot({
    path: `${SHOTS}/${info.project.name}-webhook-payload.png`,
    fullPage: true,
  });
});
