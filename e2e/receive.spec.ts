import { expect as baseExpect, test, type Page } from "@playwright/test";
import { demoCourierAccounts } from "../prisma/seed/accounts";
import { onlyAt } from "./support/sizes";
import { signIn } from "./support/users";
import { WORKER_APPLIES } from "./support/worker-applies";

// A receiver scans a returned (RTO) parcel in and completes it: one unit written off as
// damaged, the rest back to their bins. The parcel is a seeded Shipped order (PL-100099…108 on
// the tablet, 109…118 on the phone) that the courier turns back inside the journey, by the
// Shiprocket tracking webhook Shiprocket itself would send (its token, its body shape): RTO in
// transit, so the order is still Shipped and the receipt is what returns it.
const expect = baseExpect.configure({ timeout: 15_000 });
const SHOTS = "/tmp/receive-shots";
onlyAt("tablet", "phone");

interface Detail {
  id: string;
  number: string;
  status: string;
  shipments: { awb: string | null; courier: string | null; status: string }[];
}

async function orderDetail(page: Page, number: string): Promise<Detail> {
  const found = await page.request.get(`/api/orders?q=${number}`);
  const { items } = (await found.json()) as { items: { id: string }[] };
  return (await (await page.request.get(`/api/orders/${items[0]!.id}`)).json()) as Detail;
}

/** The first seeded Shipped order of the range whose parcel travels with Shiprocket. */
async function shiprocketParcel(page: Page, from: number) {
  for (let n = from; n < from + 10; n++) {
    const order = await orderDetail(page, `PL-${n}`);
    const parcel = order.shipments[0];
    if (order.status === "SHIPPED" && parcel?.courier === "SHIPROCKET" && parcel.awb)
      return { order, awb: parcel.awb };
  }
  throw new Error(`no Shipped Shiprocket parcel in PL-${from}…${from + 9}`);
}

/** "06 12 2026 17:05:00": Shiprocket's `current_timestamp`, in IST. */
function shiprocketNow(): string {
  const ist = new Date(Date.now() + 330 * 60_000).toISOString();
  const [date, time] = [ist.slice(0, 10), ist.slice(11, 19)];
  const [y, m, d] = date.split("-");
  return `${d} ${m} ${y} ${time}`;
}

test("a receiver scans an RTO parcel in, writes off a damaged unit and completes it", async ({
  page,
}, info) => {
  const size = info.project.name;
  await signIn(page, "OPS");
  const { order, awb } = await shiprocketParcel(page, size === "phone" ? 100109 : 100099);
  const token = demoCourierAccounts("").find((a) => a.courier === "SHIPROCKET")!.webhookSecret;
  const pushed = await page.request.post("/api/webhooks/shiprocket", {
    headers: { "x-api-key": token },
    data: {
      awb,
      current_status: "RTO IN TRANSIT",
      shipment_status: "RTO IN TRANSIT",
      shipment_status_id: 46,
      current_timestamp: shiprocketNow(),
      scans: [],
    },
  });
  expect(pushed.status()).toBe(200);
  await expect
    .poll(async () => (await orderDetail(page, order.number)).shipments[0]?.status, WORKER_APPLIES)
    .toBe("RTO_IN_TRANSIT");

  await page.goto("/receive");
  await page.getByLabel("Scan the parcel's AWB or the order number").fill("NOT-A-PARCEL");
  await page.keyboard.press("Enter");
  await expect(
    page
      .getByRole("alert")
      .filter({ hasText: 'No parcel has the AWB or order number "NOT-A-PARCEL"' }),
  ).toBeVisible();

  await page.getByLabel("Scan the parcel's AWB or the order number").fill(awb);
  await page.keyboard.press("Enter");
  const parcel = page.getByRole("region", { name: "Parcel being received" });
  await expect(parcel).toContainText(`${order.number} · RTO`);
  const first = parcel.getByRole("listitem").first();
  const sku = (await first.getAttribute("aria-label"))!.split(" ")[0]!;
  const expected = Number(/(\d+) expected/.exec(await first.innerText())![1]);
  await first.getByRole("button", { name: `One less good of ${sku}` }).click();
  await first.getByRole("button", { name: `One more damaged of ${sku}` }).click();
  await first.getByLabel("Why written off").fill("Box crushed in transit");
  await page.screenshot({ path: `${SHOTS}/${size}-receiving.png`, fullPage: true });
  await parcel.getByRole("button", { name: "Complete receipt" }).click();
  const done = page.getByRole("status").filter({ hasText: "received and marked Returned" });
  await expect(done).toContainText(`${order.number} received and marked Returned`);
  await expect(done).toContainText("1 written off");
  await page.screenshot({ path: `${SHOTS}/${size}-received.png`, fullPage: true });

  // the same parcel again is refused with the reason
  await page.getByLabel("Scan the parcel's AWB or the order number").fill(awb);
  await page.keyboard.press("Enter");
  await expect(
    page.getByRole("alert").filter({ hasText: "was already received on" }),
  ).toBeVisible();

  await page.goto(`/orders/${order.id}`);
  const returned = page.getByRole("region", { name: "Returned parcel" });
  await expect(returned).toContainText(
    `${sku}: ${expected - 1} good, 1 written off (Box crushed in transit)`,
  );
  await returned.screenshot({ path: `${SHOTS}/${size}-order-returned.png` });
  expect((await orderDetail(page, order.number)).status).toBe("RETURNED");
});
