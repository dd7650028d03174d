import { expect as baseExpect, test } from "@playwright/test";
import { onlyAt } from "./support/sizes";
import { signIn } from "./support/users";

// Ops reconcile couriers' weight charges: the discrepancies list with its evidence and deadlines
// at a desk and on a phone, a dispute opened and submitted at the desk, a malformed billing file
// refused. Data: the freight seed block PL-340001…340024 (prisma/seed/freight-orders.ts).
const expect = baseExpect.configure({ timeout: 15_000 });
const SHOTS = "/tmp/freight-shots";

onlyAt("desktop", "phone");

test("ops see weight discrepancies with their evidence and nearest deadline first", async ({
  page,
}, info) => {
  await signIn(page, "OPS");
  await page.goto("/shipping/freight");
  const cards = page.getByTestId("weight-discrepancy");
  await expect(cards.first()).toBeVisible();
  // Still open windows come first: the first card can be disputed and names its IST deadline.
  await expect(cards.first().getByTestId("dispute-deadline")).toHaveText(/^Dispute by .* IST$/);
  const card = cards.filter({ hasText: "PL-340024" });
  await expect(card).toContainText("Packed weight");
  await expect(card).toContainText("Box S (20 × 15 × 10 cm)");
  await expect(card).toContainText("(÷ 5000)");
  await expect(card).toContainText("Courier charged");
  await expect(page.getByTestId("overcharge-total")).toContainText("₹");
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
    page.viewportSize()!.width,
  );
  await page.screenshot({ path: `${SHOTS}/${info.project.name}-freight.png`, fullPage: true });
});

test("ops open a weight dispute and mark it submitted", async ({ page }, info) => {
  test.skip(info.project.name !== "desktop", "disputes are filed at a desk");
  await signIn(page, "OPS");
  await page.goto("/shipping/freight");
  const card = page.getByTestId("weight-discrepancy").filter({ hasText: "PL-340020" });
  await expect(card).toContainText("Not disputed");
  await card.getByRole("button", { name: "Open dispute" }).click();
  const dialog = page.getByRole("dialog", { name: /Open a weight dispute/ });
  await dialog.getByLabel(/Note/).fill("Box M on the scale at packing: photo sent");
  await page.screenshot({ path: `${SHOTS}/desktop-open-dispute.png` });
  await dialog.getByRole("button", { name: "Open dispute" }).click();
  await expect(card).toContainText("Dispute open");
  await expect(card.getByTestId("dispute-deadline")).toHaveText(/^Dispute by .* IST$/);
  await expect(card).toContainText("Last note (");

  await card.getByRole("button", { name: "Mark submitted" }).click();
  const submit = page.getByRole("dialog", { name: /Mark as submitted/ });
  await submit.getByLabel(/Note/).fill("Shiprocket ticket 48213");
  await submit.getByRole("button", { name: "Save" }).click();
  await expect(card).toContainText("Submitted to courier");
  await expect(card.getByRole("button", { name: "Courier accepted" })).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/desktop-dispute-submitted.png`, fullPage: true });
});

test("a malformed billing file is refused with its lines and reasons", async ({ page }, info) => {
  test.skip(info.project.name !== "desktop", "billing files are uploaded at a desk");
  await signIn(page, "OPS");
  await page.goto("/shipping/freight");
  await page
    .getByLabel("Courier account")
    .selectOption({ label: "Delhivery · Delhivery (sandbox)" });
  await page.getByLabel("Billing file (CSV)").setInputFiles({
    name: "delhivery-bill.csv",
    mimeType: "text/csv",
    buffer: Buffer.from(
      "Waybill,Charged Weight (g),Total Amount,Charge Date\n93400000001,heavy,40,2026-12-01\n",
    ),
  });
  await page.getByRole("button", { name: "Import file" }).click();
  const alert = page.getByRole("alert").filter({ hasText: "refused" });
  await expect(alert).toContainText("nothing was applied");
  await expect(alert).toContainText("line 2:");
  await expect(alert).toContainText('"heavy" is not a weight');
  await page.screenshot({ path: `${SHOTS}/desktop-refused-file.png` });
});
