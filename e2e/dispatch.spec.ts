import { expect, test, type Browser, type Page } from "@playwright/test";
import { pdfText } from "../lib/testing/pdf-text";
import { atTheDock } from "./support/dock-lock";
import { fromPackline } from "./support/same-origin";
import { onlyAt } from "./support/sizes";
import { signIn } from "./support/users";

// A packer at the dock, on a tablet: ops book 20 seeded packed orders (PL-200001…020 at
// 1024×768, 021…040 at 768×1024; prisma/seed/dock-orders.ts) with two couriers through
// Packline's own booking route; the packer scans every AWB into its courier's handover (the
// scanner types the AWB and Enter), is refused loudly for a parcel of the other courier and an
// unknown AWB, closes both handovers with a pickup, and prints both manifests.
onlyAt("tablet", "tablet-portrait");

const COURIERS = ["Shiprocket (sandbox)", "Delhivery (sandbox)"] as const;

interface Booked {
  number: string;
  awb: string;
  courier: (typeof COURIERS)[number];
}

async function bookAsOps(browser: Browser, baseURL: string, first: number): Promise<Booked[]> {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  await signIn(page, "OPS");
  const booked: Booked[] = [];
  for (let n = 0; n < 20; n += 1) {
    const number = `PL-${first + n}`;
    const courier = COURIERS[n % 2]!;
    const found = await page.request.get(`/api/orders?q=${number}`);
    const [order] = ((await found.json()) as { items: { id: string; status: string }[] }).items;
    expect(order?.status).toBe("PACKED");
    const options = await page.request.get(`/api/orders/${order!.id}/carrier-options`);
    const list = (
      (await options.json()) as { options: { accountId: string; accountName: string }[] }
    ).options;
    const account = list.find((o) => o.accountName === courier);
    expect(account, `${courier} quotes ${number}`).toBeTruthy();
    const res = await page.request.post(`/api/orders/${order!.id}/ship`, {
      headers: fromPackline(page),
      data: { courierAccountId: account!.accountId },
    });
    expect(res.status(), await res.text()).toBe(200);
    const body = (await res.json()) as { awb: string; outcome: string };
    expect(body.outcome).toBe("BOOKED");
    booked.push({ number, awb: body.awb, courier });
  }
  await context.close();
  return booked;
}

async function scan(page: Page, awb: string) {
  const box = page.getByRole("textbox", { name: /Scan or type an AWB/ });
  await box.pressSequentially(awb);
  await box.press("Enter");
}

const banner = (page: Page) => page.locator('[data-tone="ok"], [data-tone="error"]');
const refusal = (page: Page) => page.locator('[role="alert"][data-tone="error"]');

test("a packer scans 20 parcels of two couriers, closes both handovers and prints both manifests", async ({
  browser,
  page,
  baseURL,
}, info) => {
  test.setTimeout(300_000);
  const first = info.project.name === "tablet" ? 200001 : 200021;
  await atTheDock(baseURL!, async () => {
    const booked = await bookAsOps(browser, baseURL!, first);
    await signIn(page, "PACKER");
    await page.getByRole("link", { name: "Dispatch" }).filter({ visible: true }).first().click();
    await expect(page.getByRole("heading", { name: "Dispatch", level: 1 })).toBeVisible();

    for (const [index, courier] of COURIERS.entries()) {
      const mine = booked.filter((b) => b.courier === courier);
      const foreign = booked.find((b) => b.courier !== courier)!;
      await page.getByRole("tab", { name: new RegExp(courier.replace(/[()]/g, "\\$&")) }).click();
      const panel = page.getByRole("region", { name: `${courier} handover` });
      const box = panel.getByRole("textbox", { name: /Scan or type an AWB/ });
      for (const [n, parcel] of mine.entries()) {
        await scan(page, parcel.awb);
        await expect(banner(page)).toContainText(`${parcel.awb} in: ${n + 1} for ${courier}`);
        if (n === 4) {
          // the first courier's parcels are on its closed handover by the time the second's are scanned
          await scan(page, foreign.awb);
          await expect(refusal(page)).toContainText(
            index === 0
              ? `AWB ${foreign.awb} goes with ${foreign.courier}, not ${courier}.`
              : `AWB ${foreign.awb} was already handed over in the ${foreign.courier} handover closed at `,
          );
          await expect(box).toBeFocused();
          if (index === 0) {
            await scan(page, "NOSUCHAWB0042");
            await expect(refusal(page)).toContainText("No parcel has AWB NOSUCHAWB0042.");
            await scan(page, parcel.awb);
            await expect(banner(page)).toContainText("was already scanned into this handover");
          }
        }
      }
      await expect(panel.getByTestId("scanned-count")).toHaveText("10");
      await page.screenshot({ path: info.outputPath(`dock-${index}-scanned.png`), fullPage: true });
      await panel.getByRole("button", { name: "Close handover (10)" }).click();
      const dialog = page.getByRole("dialog", {
        name: `Close the ${courier} handover with 10 parcels?`,
      });
      // tomorrow: today's windows may have ended by the time the journey runs
      const tomorrow = new Date(Date.now() + 330 * 60_000 + 86_400_000).toISOString().slice(0, 10);
      await dialog.getByLabel("Pickup day").fill(tomorrow);
      await dialog.getByLabel("Window (IST)").selectOption("13:00-16:00");
      await dialog.getByRole("button", { name: "Close and request pickup" }).click();
      await expect(banner(page)).toContainText(`${courier} handover closed: 10 parcels`);
    }

    const closed = page.getByRole("region", { name: "Closed today" });
    for (const courier of COURIERS) {
      const mine = booked.filter((b) => b.courier === courier);
      const card = closed
        .getByRole("article", { name: new RegExp(`^${courier.replace(/[()]/g, "\\$&")} handover`) })
        .first();
      const print = card.getByRole("link", { name: "Print manifest" });
      await expect(print).toBeVisible({ timeout: 60_000 });
      await expect(card.getByTestId("pickup")).toContainText("Pickup scheduled");
      const [tab] = await Promise.all([page.waitForEvent("popup"), print.click()]);
      const pdf = await page.request.get(tab.url());
      await tab.close();
      expect(pdf.headers()["content-type"]).toBe("application/pdf");
      const text = pdfText(await pdf.body());
      for (const parcel of mine) expect(text).toContain(parcel.awb);
      expect(text).toContain("Total parcels: 10");
    }
    await page.screenshot({ path: info.outputPath("dock-closed.png"), fullPage: true });
  });
});
