import { expect as baseExpect, test, type Page } from "@playwright/test";
import { bookWithSandboxShiprocket, sandboxUrl } from "./support/sandbox";
import { signIn } from "./support/users";
import { WORKER_APPLIES } from "./support/worker-applies";

// Ops act on a failed delivery (NDR), at desktop and phone size. Each size books its own
// seeded Packed order with the sandbox Shiprocket and has the sandbox fail the first delivery
// attempt (its NDR scan reaches Packline by webhook), so no other journey's data is touched.
const expect = baseExpect.configure({ timeout: 15_000 });
const SHOTS = "/tmp/ndr-shots";

test.beforeEach(({}, info) => {
  test.skip(!["desktop", "phone"].includes(info.project.name), "ops works on desktop and phone");
});

// PL-100131…150 are Packed in the seed; orders.spec books 145 and 146.
const orderFor = (project: string) => (project === "desktop" ? "PL-100147" : "PL-100148");

/** Books the order with the sandbox Shiprocket and fails its delivery attempt: shipment in NDR. */
async function ndrShipment(page: Page, number: string, sandbox: string) {
  const { orderId, awb } = await bookWithSandboxShiprocket(page, number);
  const advanced = await page.request.post(`${sandbox}/_control/shiprocket/advance`, {
    data: { awb, to: 21 },
  });
  expect(advanced.ok()).toBe(true);
  await expect
    .poll(async () => {
      const detail = await page.request.get(`/api/orders/${orderId}`);
      return ((await detail.json()) as { ndrOpen: boolean }).ndrOpen;
    }, WORKER_APPLIES)
    .toBe(true);
  return { orderId, awb };
}

test("ops request a re-attempt for an NDR parcel, then return another to origin", async ({
  page,
  browser,
}, info) => {
  const size = info.project.name;
  await signIn(page, "OPS");
  const { orderId, awb } = await ndrShipment(page, orderFor(size), await sandboxUrl(browser));

  // The NDR queue lists the failed delivery, at a desk and on a phone.
  await page.goto("/shipping/ndr");
  await expect(
    page.locator(`[data-testid="ndr-queue-row"][data-awb="${awb}"]:visible`),
  ).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/${size}-ndr-queue.png`, fullPage: true });

  await page.goto("/shipping?status=NDR");
  const row = page.locator(`[data-testid="shipment-row"][data-awb="${awb}"]:visible`);
  await expect(row).toContainText("Delivery attempt failed");
  await row.getByRole("button", { name: "Re-attempt" }).click();
  const dialog = page.getByRole("dialog", { name: "Ask for a re-attempt" });
  await expect(dialog.getByLabel("Re-attempt on")).not.toHaveValue("");
  await dialog.getByLabel("New phone (optional)").fill("12345");
  await dialog.getByRole("button", { name: "Request re-attempt" }).click();
  await expect(dialog.getByText(/10-digit Indian mobile number/)).toBeVisible();
  await dialog.getByLabel("New phone (optional)").fill("98123 45678");
  await dialog.getByLabel("House and street (optional)").fill("Flat 4B, Lake View Towers");
  await dialog.getByLabel("Landmark (optional)").fill("Hanuman Temple");
  await dialog.getByLabel(/Remarks/).fill("Customer home after 6 pm");
  await page.screenshot({ path: `${SHOTS}/${size}-reattempt-form.png` });
  await dialog.getByRole("button", { name: "Request re-attempt" }).click();

  await expect(row.getByRole("status")).toContainText(
    `Re-attempt requested with the courier for AWB ${awb}`,
  );
  const recorded = row.getByTestId("ndr-action").first();
  await expect(recorded).toContainText("Accepted");
  await expect(recorded).toContainText("phone +919812345678");
  await expect(recorded).toContainText("near Hanuman Temple");
  await expect(row.getByRole("button", { name: "Re-attempt" })).toHaveCount(0);
  await expect(row).toContainText("A re-attempt was already requested for this failed delivery");
  await page.screenshot({ path: `${SHOTS}/${size}-dashboard-after.png`, fullPage: true });

  // The order page shows the same record, and a return to origin asks for confirmation first.
  await page.goto(`/orders/${orderId}`);
  const panel = page.getByRole("region", { name: "Delivery failed" });
  await expect(panel).toContainText("Reason:");
  await expect(panel.getByTestId("ndr-action")).toHaveCount(1);
  await panel.getByRole("button", { name: "Return to origin" }).click();
  const confirm = page.getByRole("dialog", { name: "Return to origin?" });
  await expect(confirm).toContainText("cannot be undone");
  await confirm.getByLabel(/Reason for the courier/).fill("Customer refused on call");
  await page.screenshot({ path: `${SHOTS}/${size}-rto-confirm.png` });
  await confirm.getByRole("button", { name: "Return to origin" }).click();
  await expect(panel.getByRole("status")).toContainText("Return to origin requested");
  await expect(panel.getByTestId("ndr-action")).toHaveCount(2);
  await expect(panel.getByTestId("ndr-action").first()).toContainText("Return to origin");
  await expect(panel.getByRole("button")).toHaveCount(0);
  await expect(panel).toContainText("the parcel is on its way back");
  await page.screenshot({ path: `${SHOTS}/${size}-order-detail.png`, fullPage: true });
});
