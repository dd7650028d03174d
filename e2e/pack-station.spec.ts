import { expect, test } from "@playwright/test";
import { onlyAt } from "./support/sizes";
import { signIn } from "./support/users";

// The pack station at speed, on station tablets: the packer scans an order number into the
// open box, scans its items, the USB scale types the weight into the focused field (a scale is
// a keyboard), a box size is picked, Mark packed, and the next order opens by itself.
// Seeded orders PL-100166 (landscape) and PL-100167 (portrait) wait fully picked
// (prisma/seed/pack-station-orders.ts), so the two runs never share an order.
onlyAt("tablet", "tablet-portrait");

const SHOTS = "test-results/pack-station";

interface PackItem {
  sku: string;
  qtyPicked: number;
  qtyVerified: number;
}

test("a packer opens an order by its number, weighs it from the scale, boxes it, and the next opens", async ({
  page,
}, info) => {
  const number = info.project.name === "tablet" ? "PL-100166" : "PL-100167";
  await signIn(page, "PACKER");
  await expect(page.getByRole("heading", { level: 1, name: "Ready to pack" })).toBeVisible();

  const open = page.getByLabel("Scan a tote or packing slip, or type an order number");
  await open.fill("PL-999999");
  await open.press("Enter");
  await expect(
    page.getByRole("alert").filter({ hasText: 'No order has the number "PL-999999"' }),
  ).toBeVisible();

  await open.fill(number.toLowerCase());
  await open.press("Enter");
  await expect(page.getByRole("heading", { level: 2, name: number })).toBeVisible();
  const scan = page.getByLabel("Scan or type a SKU or barcode");
  await expect(scan).toBeFocused();

  const scanResult = await page.request.get(`/api/pack/scan?code=${number}`);
  const { orderId } = (await scanResult.json()) as { orderId: string };
  const { items } = (await (await page.request.get(`/api/orders/${orderId}/pack`)).json()) as {
    items: PackItem[];
  };
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

  // Every item scanned: the weight field has the focus, and the scale "types" into it.
  const weight = page.getByLabel("Weight from the scale, or typed");
  await expect(weight).toBeFocused();
  const markPacked = page.getByRole("button", { name: "Mark packed" });
  await expect(markPacked).toBeDisabled();
  await page.keyboard.type("12 lb");
  await page.keyboard.press("Enter");
  await expect(
    page.getByRole("alert").filter({ hasText: '"12 lb" is not a weight' }),
  ).toBeVisible();
  await page.keyboard.type("1.250 kg");
  await page.keyboard.press("Enter");
  await expect(page.getByText("1,250 g", { exact: true })).toBeVisible();
  await expect(page.getByText("Choose the box size to enable Mark packed.")).toBeVisible();
  await page.getByRole("radio", { name: /Box M/ }).click();
  await expect(page.getByRole("radio", { name: /Box M/ })).toHaveAttribute("aria-checked", "true");
  await expect(markPacked).toBeEnabled();
  await markPacked.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/ready-to-mark-${info.project.name}.png` });
  await markPacked.click();

  const notice = page.getByRole("status").filter({ hasText: `${number} packed. Next: ` });
  await expect(notice).toBeVisible();
  const next = /Next: (\S+)/.exec((await notice.textContent()) ?? "")![1]!;
  expect(next).not.toBe(number);
  await expect(page.getByRole("heading", { level: 2, name: next })).toBeVisible();
  // it takes the next scan (or, if its items were all scanned earlier, the scale's reading);
  // the queue is shared with other journeys, whose packer may have packed it meanwhile, and a
  // packed order has nothing to focus
  const stillToPack = await page
    .getByRole("button", { name: "Mark packed" })
    .isVisible()
    .then(async (shown) => shown && (await page.locator("#scan, #parcel-weight").count()) > 0);
  if (stillToPack)
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.id))
      .toMatch(/^(scan|parcel-weight)$/);
  await page.screenshot({ path: `${SHOTS}/next-opened-${info.project.name}.png` });

  // What was weighed and boxed is on the order, for the booking.
  const packed = await page.request.get(`/api/orders/${orderId}/pack`);
  expect(((await packed.json()) as { status: string }).status).toBe("PACKED");
  const again = await page.request.get(`/api/pack/scan?code=${number}`);
  expect(again.status()).toBe(409);
  expect(((await again.json()) as { detail: string }).detail).toBe(
    `Order ${number} is already packed.`,
  );
});
