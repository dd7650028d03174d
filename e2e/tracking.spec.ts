import { expect as baseExpect, test } from "@playwright/test";
import { bookWithSandboxShiprocket, sandboxUrl } from "./support/sandbox";
import { signIn } from "./support/users";
import { WORKER_APPLIES } from "./support/worker-applies";

// A parcel booked with the sandbox Shiprocket moves through its first hubs (the scans reach
// Packline by webhook). The customer's tracking page reads them in plain words; the order page
// shows ops the same lines with the courier's raw text beside them. Each size books its own
// seeded Packed order, so no other journey's data is touched.
const expect = baseExpect.configure({ timeout: 15_000 });
const SHOTS = "/tmp/track-shots";

test.beforeEach(({}, info) => {
  test.skip(!["desktop", "phone"].includes(info.project.name), "customers and ops on both sizes");
});

// PL-100131…150 are Packed in the seed; orders.spec books 145–146 and 149–150, ndr.spec 147–148.
const orderFor = (project: string) => (project === "desktop" ? "PL-100143" : "PL-100144");
const RAW_HUB = /[A-Za-z]+_[A-Za-z]+_(HB|GW|DC)\b/;

test("a customer reads the courier's scans in plain words, ops see them with the raw text", async ({
  page,
  browser,
}, info) => {
  const size = info.project.name;
  await signIn(page, "OPS");
  const { orderId, awb } = await bookWithSandboxShiprocket(page, orderFor(size));
  const advanced = await page.request.post(
    `${await sandboxUrl(browser)}/_control/shiprocket/advance`,
    { data: { awb, to: 18 } },
  );
  expect(advanced.ok()).toBe(true);
  await expect
    .poll(async () => {
      const detail = await page.request.get(`/api/orders/${orderId}`);
      const { shipments } = (await detail.json()) as { shipments: { status: string }[] };
      return shipments[0]?.status;
    }, WORKER_APPLIES)
    .toBe("IN_TRANSIT");

  const customer = await browser.newContext({
    baseURL: info.project.use.baseURL,
    viewport: page.viewportSize(),
  });
  const track = await customer.newPage();
  await track.goto(`/track/${awb}`);
  await expect(track.getByRole("heading", { level: 1 })).toHaveText("In transit");
  const lines = track.getByRole("listitem");
  await expect(lines.filter({ hasText: "Picked up by the courier" })).toHaveCount(1);
  await expect(track.locator("main")).not.toContainText(RAW_HUB);
  // no two neighbouring lines say the same thing at the same place
  const texts = await lines.allInnerTexts();
  const said = texts.map((t) => t.split(/\n+/).slice(0, 2).join(" · "));
  expect(said.filter((s, i) => i > 0 && s === said[i - 1])).toEqual([]);
  await track.screenshot({ path: `${SHOTS}/${size}-tracking.png`, fullPage: true });
  await customer.close();

  await page.goto(`/orders/${orderId}`);
  const shipments = page.getByRole("region", { name: "Shipments" });
  await expect(shipments).toContainText("Courier says: IN TRANSIT");
  await shipments.getByText(/^Tracking history/).click();
  const history = shipments.getByRole("list", { name: "Tracking history" });
  await expect(history).toContainText("Picked up by the courier");
  await expect(history).toContainText(RAW_HUB);
  await shipments.screenshot({ path: `${SHOTS}/${size}-order-shipment.png` });
  await page.screenshot({ path: `${SHOTS}/${size}-order-page.png`, fullPage: true });
});
