import { expect, test, type Locator, type Page } from "@playwright/test";
import { signIn } from "./support/users";

// The pick screen at the shelf, on both tablet orientations: a scan brings a far card up with its
// buttons in reach, the page keeps its place through every action, and the floor app works
// offline. Picks go to the oldest open line, and the oldest open orders are PROCESSING
// PL-100161…165 (151…160 are seeded fully picked), so every SKU used here has its oldest waiting
// order in PL-100151…165; everything a test changes it takes back at the end (shorts land on the
// newest orders, so they are undone too). Categories of the other pick journey are left alone.
const OURS = /^PL-1001(5[1-9]|6[0-5])$/;
const OTHER_JOURNEYS = new Set(["Stationery", "Toys", "Beauty"]);
const PROJECTS = ["tablet", "tablet-portrait"];

interface Sku {
  sku: string;
  title: string;
  barcode: string;
  category: string;
  remaining: number;
  waiting: { orderNumber: string; open: number }[];
}

async function listedSkus(page: Page): Promise<Sku[]> {
  return page.evaluate(async () => {
    const response = await fetch("/api/picklist?limit=60");
    if (!response.ok) throw new Error(`GET /api/picklist answered ${response.status}`);
    const list = (await response.json()) as { groups: { subcategories: { skus: Sku[] }[] }[] };
    return list.groups.flatMap((g) => g.subcategories.flatMap((s) => s.skus));
  });
}

/**
 * The SKU of ours this project works on, counted from the bottom of the first page of the list:
 * the last for "tablet", the one above it for "tablet-portrait", so the two projects running at
 * the same time never share one. Within a project the tests run one after the other and each
 * takes back what it did, so each finds its SKU as the seed left it. (While one project's SKU is
 * briefly ineligible the other's index moves down, never onto it.)
 */
async function ourSku(page: Page, projectName: string): Promise<Sku> {
  const ours = (await listedSkus(page))
    .filter((s) => !OTHER_JOURNEYS.has(s.category) && s.remaining >= 2)
    .filter((s) => OURS.test(s.waiting[0]?.orderNumber ?? "") && s.waiting[0]!.open >= 2)
    .reverse();
  const sku = ours[PROJECTS.indexOf(projectName)];
  if (!sku) throw new Error(`the seed has only ${ours.length} SKUs waiting on PL-100151…165`);
  return sku;
}

/** Every floor action the page sends, by its clientEventId, so the test can take it back. */
function recordActions(page: Page) {
  const sent: { path: string; clientEventId: string }[] = [];
  page.on("request", (request) => {
    const path = new URL(request.url()).pathname;
    if (request.method() !== "POST" || !["/api/pick", "/api/not-in-stock"].includes(path)) return;
    const body = request.postDataJSON() as { clientEventId?: string };
    if (body.clientEventId && !sent.some((s) => s.clientEventId === body.clientEventId))
      sent.push({ path, clientEventId: body.clientEventId });
  });
  return sent;
}

async function takeBack(page: Page, sent: { path: string; clientEventId: string }[]) {
  for (const action of [...sent].reverse()) {
    await page.evaluate(async ({ path, clientEventId }) => {
      const response = await fetch(`${path}/undo`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ clientEventId }),
      });
      // Already undone on screen by the test: the server says so, which is fine here.
      if (!response.ok && response.status !== 409 && response.status !== 404)
        throw new Error(`${path}/undo answered ${response.status}`);
    }, action);
  }
}

/** The button is on screen, below the sticky toolbar, above the bottom bar, and nothing covers it. */
async function expectInReach(button: Locator) {
  const reach = await button.evaluate((el) => {
    const box = el.getBoundingClientRect();
    const toolbar = document.getElementById("floor-toolbar")!.getBoundingClientRect();
    const x = box.left + box.width / 2;
    const hit = (y: number) => el.contains(document.elementFromPoint(x, y));
    return {
      below: box.top >= toolbar.bottom,
      onScreen: box.bottom <= window.innerHeight,
      uncovered: hit(box.top + 4) && hit(box.bottom - 4),
    };
  });
  expect(reach).toEqual({ below: true, onScreen: true, uncovered: true });
}

const scrollY = (page: Page) => page.evaluate(() => window.scrollY);
const shots = process.env.PICK_SHOTS_DIR;

test.describe("pick screen at the shelf", () => {
  test.describe.configure({ mode: "serial" });
  test.beforeEach(async ({ page }, info) => {
    test.skip(!PROJECTS.includes(info.project.name), "tablet journeys");
    await signIn(page, "PICKER");
    await expect(page).toHaveURL(/\/pick$/);
    await expect(page.locator("article[data-sku]").first()).toBeVisible();
  });

  test("a scan brings a card from the bottom of the list into reach", async ({ page }, info) => {
    const sent = recordActions(page);
    const target = await ourSku(page, info.project.name);
    const card = page.locator(`article[data-sku="${target.sku}"]`);
    await expect(card).not.toBeInViewport();

    await page.keyboard.type(target.barcode);
    await page.keyboard.press("Enter");
    await expect(
      page.getByRole("status").filter({ hasText: `Picked 1 × ${target.title}` }),
    ).toBeVisible();
    await expect(card.getByTestId("to-pick")).toHaveText(String(target.remaining - 1));
    // A scan is not a search: the whole list stays, the card comes up in it.
    await expect(page.getByRole("button", { name: /^Clear the search/ })).toBeHidden();
    const pickOne = card.getByRole("button", { name: "Pick 1", exact: true });
    for (const name of ["Pick 1", "Pick…", "Not in stock"])
      await expectInReach(card.getByRole("button", { name, exact: true }));
    if (shots) await page.screenshot({ path: `${shots}/scan-far-${info.project.name}.png` });

    const before = await scrollY(page);
    await pickOne.click();
    await expect(card.getByTestId("to-pick")).toHaveText(String(target.remaining - 2));
    expect(await scrollY(page)).toBe(before);

    // The next bin is one tap away, and its card comes up in reach too.
    const next = page.getByRole("button", { name: /^Next: bin / });
    const bin = /^Next: bin (\S+)/.exec((await next.textContent()) ?? "")![1]!;
    await next.click();
    const nextCard = page.locator("article[data-sku]").filter({ hasText: bin }).first();
    await expectInReach(nextCard.getByRole("button", { name: "Pick 1", exact: true }));
    await takeBack(page, sent);
  });

  test("the page keeps its place over ten actions", async ({ page }, info) => {
    const sent = recordActions(page);
    const target = await ourSku(page, info.project.name);
    const card = page.locator(`article[data-sku="${target.sku}"]`);
    await card.evaluate((el) => el.scrollIntoView({ block: "center" }));
    expect(await scrollY(page)).toBeGreaterThan(300);
    // The place is where the card sits under the picker's finger: other pickers' work may grow
    // or shrink cards above it (the browser's scroll anchoring then moves scrollY to hold it).
    const cardTop = () => card.evaluate((el) => Math.round(el.getBoundingClientRect().top));
    const place = await cardTop();
    const left = (n: number) =>
      card.getByTestId("to-pick").filter({ hasText: new RegExp(`^${n}$`) });
    const notice = (text: string | RegExp) =>
      page.getByRole("status").filter({ hasText: text }).last();
    const undo = page.getByRole("button", { name: "Undo", exact: true });
    const dialog = page.getByRole("dialog");
    const start = target.remaining;

    const steps: [string, () => Promise<void>][] = [
      ["Pick 1", async () => card.getByRole("button", { name: "Pick 1", exact: true }).click()],
      ["Undo", async () => undo.click()],
      [
        "Pick…",
        async () => {
          await card.getByRole("button", { name: "Pick…", exact: true }).click();
          for (let n = start; n > 1; n--)
            await dialog.getByRole("button", { name: "One fewer" }).click();
          await dialog.getByRole("button", { name: "Pick 1", exact: true }).click();
        },
      ],
      ["Undo", async () => undo.click()],
      [
        "Not in stock",
        async () => {
          await card.getByRole("button", { name: "Not in stock", exact: true }).click();
          await expect(dialog.getByRole("status", { name: "Quantity" })).toHaveText("1");
          await dialog.getByRole("button", { name: "Mark 1 short" }).click();
        },
      ],
      ["Undo", async () => undo.click()],
      ["Pick 1", async () => card.getByRole("button", { name: "Pick 1", exact: true }).click()],
      ["Undo", async () => undo.click()],
      ["Pick 1", async () => card.getByRole("button", { name: "Pick 1", exact: true }).click()],
      ["Undo", async () => undo.click()],
    ];
    for (const [name, step] of steps) {
      await step();
      if (name === "Undo") {
        await expect(notice(/^(Undone|Short undone)/)).toBeVisible({ timeout: 15_000 });
        await expect(left(start)).toBeVisible();
      } else {
        await expect(notice(name === "Not in stock" ? "not in stock" : "Picked 1 ×")).toBeVisible({
          timeout: 15_000,
        });
        await expect(left(start - 1)).toBeVisible();
      }
      expect(await cardTop(), `after ${name}`).toBe(place);
      expect(await scrollY(page), `after ${name}`).toBeGreaterThan(300);
    }
    await takeBack(page, sent);
  });

  test("typed words search SKUs and titles and stay as the filter", async ({ page }, info) => {
    test.skip(info.project.name !== "tablet", "one orientation is enough for the search");
    await page.getByRole("button", { name: "Type" }).click();
    await page.keyboard.type("kurta");
    await page.keyboard.press("Enter");
    await expect(page.getByRole("button", { name: "Clear the search for kurta" })).toBeVisible();
    const titles = page.locator("article[data-sku] h3");
    await expect(titles.first()).toBeVisible();
    for (const title of await titles.allTextContents()) expect(title).toMatch(/kurta/i);
    await expect(
      page.getByText(/No order is waiting|Nothing waiting to pick matches/),
    ).toBeHidden();

    await page.getByRole("button", { name: "Clear the search for kurta" }).click();
    await expect(page.getByRole("button", { name: /^Clear the search/ })).toBeHidden();
    await expect(page.locator("article[data-sku]").nth(5)).toBeVisible();
  });

  test("works offline: picks and shorts queue, the page reloads offline, all syncs", async ({
    page,
    context,
  }, info) => {
    const sent = recordActions(page);
    // The worker takes over the page it was registered from; the next load goes through it.
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      for (let i = 0; i < 50 && !navigator.serviceWorker.controller; i++)
        await new Promise((resolve) => setTimeout(resolve, 100));
    });
    await page.reload();
    // Installable: the manifest is linked and opens the pick list standing alone.
    const manifest = await page.locator('link[rel="manifest"]').getAttribute("href");
    const app = (await (await page.request.get(manifest!)).json()) as Record<string, unknown>;
    expect(app).toMatchObject({ start_url: "/pick", display: "standalone" });
    const target = await ourSku(page, info.project.name);
    const card = page.locator(`article[data-sku="${target.sku}"]`);
    const left = (n: number) =>
      card.getByTestId("to-pick").filter({ hasText: new RegExp(`^${n}$`) });
    const start = target.remaining;
    await card.evaluate((el) => el.scrollIntoView({ block: "center" }));

    await context.setOffline(true);
    await card.getByRole("button", { name: "Pick 1", exact: true }).click();
    await expect(page.getByText(/^Saved on this tablet: 1 × /)).toBeVisible();
    await card.getByRole("button", { name: "Not in stock", exact: true }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Mark 1 short" }).click();
    await expect(page.getByText(/^Saved on this tablet: 1 × .* not in stock/)).toBeVisible();
    await expect(page.getByText("2 actions waiting to sync")).toBeVisible();
    await expect(left(start - 2)).toBeVisible();

    await page.reload();
    await expect(page.getByRole("heading", { level: 1, name: "Pick list" })).toBeVisible();
    await expect(
      page.getByText(/Showing the list saved on this tablet (just now|\d+ min ago)/),
    ).toBeVisible();
    await expect(page.getByText("Offline.")).toBeVisible();
    await expect(page.getByText("2 actions waiting to sync")).toBeVisible();
    await expect(left(start - 2)).toBeVisible();
    await card.evaluate((el) => el.scrollIntoView({ block: "center" }));
    await card.getByRole("button", { name: "Pick 1", exact: true }).click();
    const saved = page.getByText(/^Saved on this tablet: 1 × .*will sync/);
    await expect(saved).toBeVisible();
    if (shots) await page.screenshot({ path: `${shots}/offline-reload-${info.project.name}.png` });

    await context.setOffline(false);
    await expect(page.getByText(/actions? waiting to sync/)).toBeHidden({ timeout: 20_000 });
    await expect(saved).toBeHidden();
    await expect(page.getByText(/Showing the list saved on this tablet/)).toBeHidden({
      timeout: 35_000,
    });
    await expect(left(start - 3)).toBeVisible();
    expect(sent.map((s) => s.path)).toEqual(["/api/pick", "/api/not-in-stock", "/api/pick"]);
    const now = (await listedSkus(page)).find((s) => s.sku === target.sku);
    expect(now?.remaining).toBe(start - 3);
    await takeBack(page, sent);
    expect((await listedSkus(page)).find((s) => s.sku === target.sku)?.remaining).toBe(start);
  });
});
