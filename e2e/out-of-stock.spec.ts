import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { signIn } from "./support/users";

// Ops reviews the week's stock-outs and exports them for the buying team's spreadsheet.
test.beforeEach(({}, info) => {
  test.skip(!["desktop", "phone"].includes(info.project.name), "ops use a desktop or a phone");
});

test("ops sees the out-of-stock report and exports it as CSV", async ({ page }) => {
  await signIn(page, "OPS");
  await page.goto("/out-of-stock");
  await expect(page.getByRole("heading", { level: 1, name: "Out of stock" })).toBeVisible();
  await expect(page.getByText("SKUs short")).toBeVisible();
  const report = await (await page.request.get("/api/out-of-stock")).json();
  expect(report.rows.length).toBeGreaterThan(0);
  await expect(page.getByText(report.rows[0].sku).filter({ visible: true }).first()).toBeVisible();

  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Export CSV" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(
    /^out-of-stock_\d{4}-\d{2}-\d{2}_to_\d{4}-\d{2}-\d{2}\.csv$/,
  );
  const bytes = await readFile((await file.path())!);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = bytes.subarray(3).toString("utf8").trim().split("\r\n");
  expect(lines[0]).toMatch(/^SKU,Product,Category,Bin,Units short/);
  expect(lines).toHaveLength(report.rows.length + 1);
  expect(lines.some((l) => l.startsWith(`${report.rows[0].sku},`))).toBe(true);
});
