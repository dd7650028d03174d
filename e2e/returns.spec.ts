import { expect as baseExpect, test } from "@playwright/test";
import { fromPackline } from "./support/same-origin";
import { onlyAt } from "./support/sizes";
import { signIn } from "./support/users";

// A customer on a phone asks for a return of a delivered order from its tracking page (items,
// reason, the order's phone as proof); ops approve it at a desk and the worker books the reverse
// pickup with the courier that delivered it (the sandbox). PL-100001…100010 are Delivered seed
// orders reserved for the returns journeys; the admin widens the return window to cover them.
const expect = baseExpect.configure({ timeout: 20_000 });
const SHOTS = "/tmp/returns-shots";
const ORDER = "PL-100001";

onlyAt("phone");

test("a customer asks for a return on a phone and ops approve it", async ({
  page,
  browser,
}, info) => {
  await signIn(page, "ADMIN");
  const window = await page.request.put("/api/admin/return-settings", {
    headers: fromPackline(page),
    data: { windowDays: 60 },
  });
  expect(window.ok()).toBe(true);
  const found = await page.request.get(`/api/orders?q=${ORDER}`);
  const { items } = (await found.json()) as { items: { id: string; status: string }[] };
  const orderId = items[0]!.id;
  expect(items[0]!.status).toBe("DELIVERED");
  const detail = (await (await page.request.get(`/api/orders/${orderId}`)).json()) as {
    customerPhone: string;
    shipments: { awb: string | null; direction: string }[];
  };
  const awb = detail.shipments.find((s) => s.direction === "FORWARD" && s.awb)!.awb!;

  const customer = await browser.newContext({
    baseURL: info.project.use.baseURL,
    viewport: { width: 390, height: 844 },
  });
  const phone = await customer.newPage();
  await phone.goto(`/track/${awb}`);
  await phone.getByRole("link", { name: "Return items from this order" }).click();
  await expect(
    phone.getByRole("heading", { name: `Return items from order ${ORDER}` }),
  ).toBeVisible();
  const form = phone.getByRole("form", { name: "Ask for a return" });
  await form.locator("select[data-item]").first().selectOption("1");
  await form.getByLabel("Reason").selectOption("SIZE_OR_FIT");
  // a wrong phone is told nothing about the order
  await form.getByLabel("Phone number used for the order").fill("9000000001");
  await form.getByRole("button", { name: "Ask for a return" }).click();
  await expect(form.getByRole("status")).toHaveText(
    "We could not find an order with this tracking number and phone number.",
  );
  await form.getByLabel("Phone number used for the order").fill(detail.customerPhone.slice(3));
  await form.getByRole("button", { name: "Ask for a return" }).click();
  await expect(form.getByRole("status")).toContainText("we have your return request");
  await phone.screenshot({ path: `${SHOTS}/phone-return-asked.png`, fullPage: true });
  await customer.close();

  const desk = await browser.newContext({
    baseURL: info.project.use.baseURL,
    viewport: { width: 1440, height: 900 },
  });
  const ops = await desk.newPage();
  await signIn(ops, "OPS");
  await ops.goto(`/orders/${orderId}`);
  const asked = ops.getByRole("article", { name: "Return requested" });
  await expect(asked).toContainText("Size or fit");
  await asked.getByRole("button", { name: "Approve return" }).click();
  // the worker books the reverse pickup; the section shows its AWB once the courier answered
  await expect(async () => {
    await ops.reload();
    await expect(ops.getByRole("article", { name: "Return pickup booked" })).toContainText(
      "Pickup:",
      { timeout: 2_000 },
    );
  }).toPass({ timeout: 60_000 });
  await expect(ops.getByRole("heading", { name: ORDER })).toContainText("Delivered");
  await ops.screenshot({ path: `${SHOTS}/desktop-return-approved.png`, fullPage: true });
  await desk.close();
});

test("ops ask for a return on a phone from the order page", async ({ page }) => {
  await signIn(page, "OPS");
  const found = await page.request.get("/api/orders?q=PL-100002");
  const { items } = (await found.json()) as { items: { id: string }[] };
  await page.goto(`/orders/${items[0]!.id}`);
  await page.getByRole("button", { name: "Ask for a return" }).click();
  const dialog = page.getByRole("dialog", { name: "Ask for a return" });
  await dialog.getByRole("combobox").first().selectOption("1");
  await dialog.getByLabel("Reason").selectOption("DAMAGED");
  await page.screenshot({ path: `${SHOTS}/phone-ops-return-dialog.png` });
  await dialog.getByRole("button", { name: "Ask for the return" }).click();
  const asked = page.getByRole("article", { name: "Return requested" });
  await expect(asked).toContainText("Arrived damaged");
  await expect(asked.getByRole("button", { name: "Approve return" })).toBeVisible();
  await asked.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/phone-ops-return-requested.png` });
});
