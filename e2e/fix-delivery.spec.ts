import { expect as baseExpect, test } from "@playwright/test";
import { bookWithSandboxShiprocket, sandboxUrl } from "./support/sandbox";
import { onlyAt } from "./support/sizes";
import { signIn } from "./support/users";
import { WORKER_APPLIES } from "./support/worker-applies";

// A buyer fixes a failed delivery from the link in their message, on a phone. The seeded Packed
// order PL-100142 (no other journey books it) is booked with the sandbox Shiprocket, which
// fails its first delivery attempt; ops find the parcel in the NDR queue with the buyer's link.
const expect = baseExpect.configure({ timeout: 15_000 });
const SHOTS = "/tmp/ndr-shots";
onlyAt("phone");

test("a buyer asks for a new day and a corrected phone from the fix-delivery link", async ({
  page,
  browser,
}) => {
  await signIn(page, "OPS");
  const { orderId, awb } = await bookWithSandboxShiprocket(page, "PL-100142");
  const sandbox = await sandboxUrl(browser);
  const failed = await page.request.post(`${sandbox}/_control/shiprocket/advance`, {
    data: { awb, to: 21 },
  });
  expect(failed.ok()).toBe(true);
  await expect
    .poll(async () => {
      const detail = await page.request.get(`/api/orders/${orderId}`);
      return ((await detail.json()) as { ndrOpen: boolean }).ndrOpen;
    }, WORKER_APPLIES)
    .toBe(true);

  await page.goto("/shipping/ndr");
  const row = page.locator(`[data-testid="ndr-queue-row"][data-awb="${awb}"]`);
  await expect(row).toContainText("No answer yet");
  const link = await row
    .getByRole("link", { name: "Buyer's fix-delivery link" })
    .getAttribute("href");
  expect(link).toMatch(/^\/fix-delivery\/[\w-]+\.[\w-]+$/);

  // The buyer has no session: a fresh phone-sized browser opens the link from their message.
  const buyer = await browser.newPage({ viewport: { width: 390, height: 844 }, hasTouch: true });
  await buyer.goto(link!);
  await expect(buyer.getByRole("heading", { name: /we missed you/ })).toBeVisible();
  await buyer.screenshot({ path: `${SHOTS}/phone-buyer-form.png`, fullPage: true });
  await buyer.getByLabel("New phone (optional)").fill("12345");
  await buyer.getByRole("button", { name: "Deliver on this day" }).click();
  await expect(buyer.getByText(/10-digit Indian mobile number/)).toBeVisible();
  await buyer.getByLabel("New phone (optional)").fill("98123 45678");
  await buyer.getByRole("button", { name: "Deliver on this day" }).click();

  const answer = buyer.getByTestId("buyer-answer");
  await expect(answer).toContainText("The courier accepted it");
  await expect(answer).toContainText("New phone ending 5678");
  await expect(buyer.getByRole("status")).toContainText("already sent to the courier");
  await expect(buyer.getByRole("button", { name: "Deliver on this day" })).toHaveCount(0);
  await buyer.screenshot({ path: `${SHOTS}/phone-buyer-answered.png`, fullPage: true });

  const requests = await page.request.get(`${sandbox}/_control/shiprocket/ndr-requests?awb=${awb}`);
  const { requests: sent } = (await requests.json()) as { requests: { phone?: string }[] };
  expect(sent).toEqual([expect.objectContaining({ action: "re-attempt", phone: "9812345678" })]);

  await page.reload();
  await expect(row).toContainText("Re-attempt (accepted)");
  await page.screenshot({ path: `${SHOTS}/phone-ndr-queue.png`, fullPage: true });

  await buyer.goto("/fix-delivery/forged.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
  await expect(buyer.getByText(/This link is not valid or has expired/)).toBeVisible();
  await buyer.close();
});
