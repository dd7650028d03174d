import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./support/users";

// Picker journeys on the tablet sizes pickers use. Each project works in its own category so
// parallel runs against the one seeded database never pick the same SKU.
const categoryFor: Record<string, string> = {
  tablet: "Stationery",
  "tablet-portrait": "Toys",
  phone: "Beauty",
};

interface Sku {
  sku: string;
  title: string;
  barcode: string;
  remaining: number;
}

/**
 * The pick list's SKUs, asked through the page's own fetch: the browser retries a request sent on
 * a kept-alive connection the server has just closed, where Playwright's request client fails
 * with ECONNRESET.
 */
async function pickListSkus(page: Page, query: string): Promise<Sku[]> {
  const list = await page.evaluate(async (q) => {
    const response = await fetch(`/api/picklist?${q}`);
    if (!response.ok) throw new Error(`GET /api/picklist?${q} answered ${response.status}`);
    return (await response.json()) as { groups: { subcategories: { skus: Sku[] }[] }[] };
  }, query);
  return list.groups.flatMap((g) => g.subcategories.flatMap((s) => s.skus));
}

async function busiestSku(page: Page, category: string): Promise<Sku> {
  const skus = await pickListSkus(page, `category=${category}&limit=200`);
  const best = skus.sort((a, b) => b.remaining - a.remaining)[0];
  if (!best || best.remaining < 3)
    throw new Error(`seed has no SKU with 3+ to pick in ${category}`);
  return best;
}

async function remainingOf(page: Page, category: string, sku: string): Promise<number> {
  const skus = await pickListSkus(page, `category=${category}&q=${sku}`);
  return skus.find((s) => s.sku === sku)?.remaining ?? 0;
}

const shots = process.env.PICK_SHOTS_DIR;

test.describe("picker", () => {
  test("picks by scan, marks one short, picks offline and sees it sync", async ({
    page,
    context,
  }, info) => {
    test.skip(
      info.project.name !== "tablet" && info.project.name !== "tablet-portrait",
      "tablet journey",
    );
    const category = categoryFor[info.project.name]!;
    await signIn(page, "PICKER");
    await expect(page).toHaveURL(/\/pick$/);
    await expect(page.getByRole("heading", { level: 1, name: "Pick list" })).toBeVisible();
    const scanner = page.getByLabel("Scan or type a SKU or barcode");
    await expect(scanner).toBeFocused();

    const target = await busiestSku(page, category);
    const start = target.remaining;
    await page.getByRole("button", { name: new RegExp(`^${category} \\d+$`) }).click();
    const card = page.locator(`article[data-sku="${target.sku}"]`);
    const left = card.getByText(/^\d+$/).first();
    await expect(left).toHaveText(String(start));
    if (shots) await page.screenshot({ path: `${shots}/pick-${info.project.name}.png` });

    // A barcode scanner types the code and presses Enter into the focused field.
    await expect(scanner).toBeFocused();
    await page.keyboard.type(target.barcode);
    await page.keyboard.press("Enter");
    await expect(
      page.getByRole("status").filter({ hasText: `Picked 1 × ${target.title}` }),
    ).toBeVisible();
    await expect(left).toHaveText(String(start - 1));

    await card.getByRole("button", { name: "Not in stock" }).click();
    const dialog = page.getByRole("dialog");
    // The short quantity starts at one: it is asked, never assumed to be all that is left.
    await expect(dialog.getByRole("status", { name: "Quantity" })).toHaveText("1");
    if (shots) await page.screenshot({ path: `${shots}/short-dialog-${info.project.name}.png` });
    await dialog.getByRole("button", { name: "Mark 1 short" }).click();
    await expect(page.getByText(`Marked 1 × ${target.title} not in stock`)).toBeVisible();
    await expect(left).toHaveText(String(start - 2));

    await context.setOffline(true);
    await card.getByRole("button", { name: "Pick 1", exact: true }).click();
    await expect(page.getByText("1 action waiting to sync")).toBeVisible();
    await expect(page.getByText(/Saved on this tablet/)).toBeVisible();
    await expect(left).toHaveText(String(start - 3));
    if (shots) await page.screenshot({ path: `${shots}/offline-${info.project.name}.png` });

    await context.setOffline(false);
    await expect(page.getByText("1 action waiting to sync")).toBeHidden({ timeout: 20_000 });
    await expect(left).toHaveText(String(start - 3));
    expect(await remainingOf(page, category, target.sku)).toBe(start - 3);
  });

  test("the pick list fits a phone", async ({ page }, info) => {
    test.skip(info.project.name !== "phone", "phone check");
    await signIn(page, "PICKER");
    await expect(page.getByRole("heading", { level: 1, name: "Pick list" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Pick 1", exact: true }).first()).toBeVisible();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    if (shots) await page.screenshot({ path: `${shots}/pick-phone.png`, fullPage: false });
  });
});
