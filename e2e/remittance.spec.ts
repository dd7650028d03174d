import { readFile } from "node:fs/promises";
import { expect as baseExpect, test, type Page } from "@playwright/test";
import { REMITTANCE_PARCELS, SHORT_BY_PAISE } from "../prisma/seed/remittance-parcels";
import { sandboxUrl } from "./support/sandbox";
import { onlyAt } from "./support/sizes";
import { signIn } from "./support/users";

// Ops reconcile the sandbox Shiprocket's COD remittance report against the seeded delivered COD
// parcels (PL-330001…, prisma/seed/remittance-parcels.ts): upload, summary, the short row,
// the export; at a desk, and the summary on a phone. Importing the report twice (once per size)
// changes nothing the second time, so the sizes do not disturb each other.
const expect = baseExpect.configure({ timeout: 15_000 });
const SHOTS = "/tmp/remittance-shots";
const short = REMITTANCE_PARCELS.find((p) => p.courier === "SHIPROCKET" && p.outcome === "SHORT")!;
const late = REMITTANCE_PARCELS.find((p) => p.courier === "SHIPROCKET" && p.outcome === "MISSING")!;

onlyAt("desktop", "phone");

async function uploadShiprocketReport(page: Page, sandbox: string) {
  const report = await page.request.get(`${sandbox}/shiprocket/_reports/cod-remittance.csv`);
  expect(report.ok()).toBe(true);
  await page.goto("/shipping/remittance");
  await page.getByLabel("Courier account").selectOption({ label: "Shiprocket (sandbox)" });
  await page.getByLabel("Remittance report (CSV)").setInputFiles({
    name: "shiprocket-cod-remittance.csv",
    mimeType: "text/csv",
    buffer: await report.body(),
  });
  await page.getByRole("button", { name: "Import report" }).click();
  // the import and the page's refresh share two cores with the rest of the stack
  await expect(page.getByRole("status")).toContainText(
    /Imported 5 lines \(\d new\)|imported before: nothing changed/,
    { timeout: 30_000 },
  );
}

test("ops import a courier's remittance report and find the short parcel", async ({
  page,
  browser,
}, info) => {
  const size = info.project.name;
  await signIn(page, "OPS");
  await uploadShiprocketReport(page, await sandboxUrl(browser));

  const card = page.getByTestId("remittance-courier").filter({ hasText: "Shiprocket" });
  await expect(card.getByRole("link", { name: "Shiprocket: Short" })).toBeVisible();
  await expect(card.getByRole("link", { name: "Shiprocket: Late / missing" })).toBeVisible();
  await expect(card.getByRole("link", { name: "Shiprocket: Unknown AWB" })).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/${size}-summary.png`, fullPage: size === "desktop" });
  if (size === "phone") {
    // the rows are cards at this width; the short one says what is owed
    await page.goto("/shipping/remittance?state=SHORT&courier=SHIPROCKET");
    const shortCard = page.locator(`[data-testid="reconciliation-card"][data-awb="${short.awb}"]`);
    await expect(shortCard).toContainText(`₹${(SHORT_BY_PAISE / 100).toFixed(2)} owed`);
    await shortCard.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/phone-short-card.png` });
    return;
  }

  await card.getByRole("link", { name: "Shiprocket: Short" }).click();
  await expect(page).toHaveURL(/state=SHORT/);
  const row = page.locator(`[data-testid="reconciliation-row"][data-awb="${short.awb}"]`);
  await expect(row).toContainText(short.number);
  await expect(row).toContainText(`₹${(SHORT_BY_PAISE / 100).toFixed(2)} owed`);
  await expect(page.locator(`[data-awb="${late.awb}"]`)).toHaveCount(0);
  await page.screenshot({ path: `${SHOTS}/${size}-short-rows.png`, fullPage: true });

  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Export CSV" }).click();
  const csv = await readFile((await (await download).path())!, "utf8");
  const lines = csv.trim().split("\r\n");
  expect(lines[0]).toContain("AWB,Courier,State,Order");
  expect(
    lines.slice(1).some((l) => l.startsWith(`${short.awb},SHIPROCKET,SHORT,${short.number}`)),
  ).toBe(true);
  expect(lines.every((l, i) => i === 0 || l.split(",")[2] === "SHORT")).toBe(true);
});

test("a malformed report is refused with its rows and reasons", async ({ page }, info) => {
  test.skip(info.project.name !== "desktop", "one size is enough for the refusal");
  await signIn(page, "OPS");
  await page.goto("/shipping/remittance");
  await page.getByLabel("Courier account").selectOption({ label: "Shiprocket (sandbox)" });
  await page.getByLabel("Remittance report (CSV)").setInputFiles({
    name: "bad.csv",
    mimeType: "text/csv",
    buffer: Buffer.from(
      "AWB Code,Remitted Amount,UTR,Remittance Date\nSR1234567,12.345,U1,01-12-2026\n,10,U1,2026-12-01\n",
    ),
  });
  await page.getByRole("button", { name: "Import report" }).click();
  const alert = page.getByRole("form", { name: "Import a remittance report" }).getByRole("alert");
  await expect(alert).toContainText("2 row(s) cannot be read. Nothing was changed.");
  await expect(alert).toContainText('Line 2: "12.345" is not an amount in rupees');
  await expect(alert).toContainText("Line 3: The AWB is empty");
  await page.screenshot({ path: `${SHOTS}/desktop-refused.png` });
});
