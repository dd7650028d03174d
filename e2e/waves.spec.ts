import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./support/users";

// Cluster picking on a floor tablet: ops add a cart of 8 totes and release a wave (the oldest
// untouched orders: PLACED ones, whichever FIFO gives), a tote is scanned for each order, the
// bins are walked with every drop confirmed by its tote (a wrong tote refused loudly), and each
// order is then packed at the pack station, opened by scanning its tote, until the wave is done. The
// assertions read what the wave actually got, so other journeys' picks do not matter.
test.beforeEach(({}, info) => {
  test.skip(
    !["tablet", "tablet-portrait"].includes(info.project.name),
    "cluster picking happens on floor tablets",
  );
});

interface Wave {
  status: string;
  orders: { orderNumber: string; slot: number; tote: { code: string; position: number } | null }[];
  stops: {
    sku: string;
    drops: { qty: number; tote: { code: string; position: number } | null }[];
  }[];
}

const OTHER_JOURNEYS = /^PL-1001(5[1-9]|[67]\d|80)$/;

async function waveOf(page: Page, id: string): Promise<Wave> {
  const res = await page.request.get(`/api/waves/${id}`);
  expect(res.status()).toBe(200);
  return (await res.json()) as Wave;
}

test("a wave of 8 orders into 8 totes, from release to all packed", async ({
  page,
  browser,
}, info) => {
  test.setTimeout(300_000);
  const cart = info.project.name === "tablet" ? "WL8" : "WP8";
  await signIn(page, "OPS");
  await page.goto("/pick/waves");
  await page.getByLabel("Cart name").fill(cart);
  await page.getByLabel("Totes").fill("8");
  await page.getByRole("button", { name: "Add cart" }).click();
  await page.getByRole("button", { name: `Release wave for ${cart}` }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Wave on cart ${cart}` })).toBeVisible();
  const waveId = page.url().split("/").at(-1)!;
  const released = await waveOf(page, waveId);
  expect(released.orders).toHaveLength(8);
  for (const o of released.orders) expect(o.orderNumber).not.toMatch(OTHER_JOURNEYS);

  const scan = page.getByLabel("Scan or type a SKU or barcode");
  for (const order of released.orders) {
    await expect(
      page.getByRole("heading", {
        name: `Scan a tote for ${order.orderNumber} (Tote ${order.slot} suggested)`,
      }),
    ).toBeVisible();
    await scan.fill(`TOTE-${cart}-0${order.slot}`);
    await scan.press("Enter");
    await expect(
      page.getByRole("status").filter({ hasText: `Tote ${order.slot} holds ${order.orderNumber}` }),
    ).toBeVisible();
  }

  let refusedWrongTote = false;
  for (
    let wave = await waveOf(page, waveId);
    wave.stops.length > 0;
    wave = await waveOf(page, waveId)
  ) {
    const stop = wave.stops[0]!;
    const bin = page.getByRole("region", { name: "Next bin" });
    await expect(bin).toContainText(stop.sku);
    const wrong = wave.orders.find((o) => !stop.drops.some((d) => d.tote?.code === o.tote?.code));
    if (!refusedWrongTote && wrong?.tote) {
      await scan.fill(wrong.tote.code);
      await scan.press("Enter");
      await expect(page.getByRole("alert").filter({ hasText: "Wrong tote" })).toContainText(
        `Wrong tote: Tote ${wrong.tote.position} needs no ${stop.sku}`,
      );
      refusedWrongTote = true;
    }
    for (const drop of stop.drops) {
      await expect(bin).toContainText(`Tote ${drop.tote!.position} ← ${drop.qty}`);
      await scan.fill(drop.tote!.code);
      await scan.press("Enter");
      await expect(
        page
          .getByRole("status")
          .filter({ hasText: `Tote ${drop.tote!.position} ← ${drop.qty} × ${stop.sku}` }),
      ).toBeVisible();
    }
  }
  expect(refusedWrongTote).toBe(true);
  await expect(
    page.getByRole("heading", { name: `All picked: take cart ${cart} to the pack bench` }),
  ).toBeVisible();
  expect((await waveOf(page, waveId)).status).toBe("PICKED");

  const packer = await browser.newPage({ viewport: page.viewportSize(), hasTouch: true });
  await signIn(packer, "PACKER");
  const bound = (await waveOf(page, waveId)).orders;
  for (const order of bound) await packOrder(packer, order.orderNumber, order.tote!.code);
  expect((await waveOf(page, waveId)).status).toBe("DONE");
  await packer.close();
});

interface PackItem {
  sku: string;
  qtyPicked: number;
  qtyVerified: number;
}

async function packOrder(page: Page, number: string, tote: string) {
  await page.goto("/pack");
  const open = page.getByLabel("Scan a tote or packing slip, or type an order number");
  await open.fill(tote);
  await open.press("Enter");
  await expect(page.getByRole("heading", { level: 2, name: number })).toBeVisible();
  const opened = await page.request.get(`/api/pack/scan?code=${tote}`);
  const { orderId: id } = (await opened.json()) as { orderId: string };
  const { items } = (await (await page.request.get(`/api/orders/${id}/pack`)).json()) as {
    items: PackItem[];
  };
  const scan = page.getByLabel("Scan or type a SKU or barcode");
  for (const item of items)
    for (let n = item.qtyVerified + 1; n <= item.qtyPicked; n++) {
      await scan.fill(item.sku);
      await scan.press("Enter");
      await expect(
        page
          .getByRole("status")
          .filter({ hasText: `${item.sku}: ${n} of ${item.qtyPicked} scanned` }),
      ).toBeVisible();
    }
  // the scale types the weight, the packer taps a box
  await page.getByLabel("Weight from the scale, or typed").fill("800 g");
  await page.getByLabel("Weight from the scale, or typed").press("Enter");
  await page.getByRole("radio", { name: /Box S/ }).click();
  await page.getByRole("button", { name: "Mark packed" }).click();
  await expect(page.getByRole("status").filter({ hasText: `${number} packed` })).toBeVisible();
}
