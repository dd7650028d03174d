import { readFile } from "node:fs/promises";
import { expect as baseExpect, test, type Page } from "@playwright/test";
import { PDFDocument } from "pdf-lib";
import { signIn } from "./support/users";

// Two cores run the app, the worker, the sandbox and the browser: give the UI some slack.
const expect = baseExpect.configure({ timeout: 20_000 });

// Ops selects 30 shipped orders on the order list (PL-100069…100098, whose seeded shipments keep
// the label their courier issued) and prints their labels as one PDF, on the worker, first for
// a 4×6 thermal printer, then four to an A4 sheet; the downloads are opened and their pages counted.
const NUMBERS = Array.from({ length: 30 }, (_, i) => `PL-${100069 + i}`);

test.beforeEach(({}, info) => {
  test.skip(info.project.name !== "desktop", "batch labels are printed from the desk");
});

async function downloadPdf(page: Page, link: string): Promise<PDFDocument> {
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: link }).click();
  const file = await (await download).path();
  return PDFDocument.load(await readFile(file));
}

test("ops prints the labels of 30 selected orders as one PDF, 4×6 and A4", async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, "OPS");
  await page.goto("/orders?status=SHIPPED");
  const listed = page.locator('[data-testid="order-row"]:visible');
  await expect(listed.first()).toBeVisible();
  // the list pages 30 at a time: load more until every one of the 30 is listed
  const loadMore = page.getByRole("button", { name: "Load more orders" });
  for (const number of [NUMBERS[0]!, NUMBERS[29]!]) {
    const box = page.getByRole("checkbox", { name: `Select ${number}` });
    await expect(async () => {
      if (!(await box.isVisible()) && (await loadMore.isEnabled())) await loadMore.click();
      await expect(box).toBeVisible({ timeout: 2_000 });
    }).toPass();
  }
  for (const number of NUMBERS)
    await page.getByRole("checkbox", { name: `Select ${number}` }).check();
  const bulk = page.getByRole("region", { name: "Bulk actions" });
  await expect(bulk).toContainText("30 selected");

  await bulk.getByRole("button", { name: "Print labels (30)" }).click();
  const panel = bulk.getByRole("group", { name: "Print labels" });
  await expect(panel.getByRole("radio", { name: "4×6 thermal" })).toBeChecked();
  await panel.getByRole("button", { name: "Make label PDF (30)" }).click();
  await expect(panel.getByRole("status")).toContainText("30 of 30 labels ready");
  const thermal = await downloadPdf(page, "Download labels PDF (30 pages)");
  expect(thermal.getPageCount()).toBe(30);
  expect(thermal.getPages().every((p) => p.getWidth() === 288 && p.getHeight() === 432)).toBe(true);

  await panel.getByRole("radio", { name: "A4, four per page" }).check();
  await panel.getByRole("radio", { name: "in packing order" }).check();
  await panel.getByRole("button", { name: "Make label PDF (30)" }).click();
  await expect(panel.getByRole("link", { name: "Download labels PDF (8 pages)" })).toBeVisible();
  const a4 = await downloadPdf(page, "Download labels PDF (8 pages)");
  expect(a4.getPageCount()).toBe(8);
  expect(Math.round(a4.getPage(0).getWidth())).toBe(595);
});
