import { expect as baseExpect, test } from "@playwright/test";
import { fromPackline } from "./support/same-origin";
import { bookWithSandboxShiprocket, sandboxUrl } from "./support/sandbox";
import { onlyAt } from "./support/sizes";
import { signIn } from "./support/users";
import { WORKER_APPLIES } from "./support/worker-applies";

// A customer on a phone finds their parcel at /track with the order number and phone, reads the
// store's name, the courier's link and what is in the box, and watches the sandbox courier
// deliver it without reloading. The page also works with scripts off (a plain GET form and a
// server-rendered timeline). PL-100141 is a Packed seed order no other journey books
// (fix-delivery.spec books 142, tracking.spec 143–144, orders.spec 145–146 and 149–150, ndr.spec 147–148).
const expect = baseExpect.configure({ timeout: 15_000 });
const SHOTS = "/tmp/track-shots";
const ORDER = "PL-100141";
const STORE = "Chai & Co. (e2e)";

onlyAt("phone");

test("a customer finds their parcel by order number and phone and watches it delivered", async ({
  page,
  browser,
}, info) => {
  await signIn(page, "ADMIN");
  const saved = await page.request.put("/api/admin/store-profile", {
    headers: fromPackline(page),
    data: {
      name: STORE,
      supportEmail: "help@chai.example",
      supportPhone: "9876543210",
      logoUrl: "",
    },
  });
  expect(saved.ok()).toBe(true);
  const { orderId, awb } = await bookWithSandboxShiprocket(page, ORDER);
  const detail = (await (await page.request.get(`/api/orders/${orderId}`)).json()) as {
    customerPhone: string;
  };

  const customer = await browser.newContext({
    baseURL: info.project.use.baseURL,
    viewport: { width: 390, height: 844 },
  });
  const track = await customer.newPage();
  // what the phone downloads in script for the parcel's page, as sent (gzipped by the server)
  const scripts: Promise<number>[] = [];
  track.on("response", (res) => {
    if (res.request().resourceType() === "script")
      scripts.push(
        res
          .request()
          .sizes()
          .then((s) => s.responseBodySize),
      );
  });
  await track.goto("/track");
  await expect(track.getByRole("heading", { name: "Where is my parcel?" })).toBeVisible();
  await expect(track.getByText(STORE)).toBeVisible();
  await track.screenshot({ path: `${SHOTS}/phone-track-form.png`, fullPage: true });
  await track.getByRole("textbox", { name: "Order number", exact: true }).fill(ORDER.toLowerCase());
  await track.getByLabel("Phone number used for the order").fill(detail.customerPhone.slice(3));
  await track.getByRole("button", { name: "Find my order" }).click();
  await expect(track).toHaveURL(new RegExp(`/track/${awb}$`));
  await expect(track.getByRole("link", { name: "Track on Shiprocket" })).toBeVisible();
  await expect(track.getByRole("list", { name: "In this parcel" })).not.toBeEmpty();
  await expect(track.getByText("help@chai.example")).toBeVisible();
  await track.waitForLoadState("load");
  expect(scripts.length).toBeGreaterThan(0);
  const scriptBytes = (await Promise.all(scripts)).reduce((a, b) => a + b, 0);
  console.log(`tracking page scripts: ${(scriptBytes / 1024).toFixed(1)} KB transferred`);
  expect(scriptBytes).toBeLessThan(100 * 1024);
  await track.screenshot({ path: `${SHOTS}/phone-track-booked.png`, fullPage: true });

  // the page must update itself: a reload would lose this mark
  await track.evaluate(() => document.body.setAttribute("data-not-reloaded", "yes"));
  const delivered = await page.request.post(
    `${await sandboxUrl(browser)}/_control/shiprocket/advance`,
    {
      data: { awb, to: 7 },
    },
  );
  expect(delivered.ok()).toBe(true);
  await expect(track.getByRole("heading", { level: 1 })).toHaveText("Delivered", WORKER_APPLIES);
  await expect(track.locator("body")).toHaveAttribute("data-not-reloaded", "yes");
  await expect(track.getByRole("list", { name: "Tracking history" })).toContainText("Delivered");
  await track.screenshot({ path: `${SHOTS}/phone-track-delivered.png`, fullPage: true });
  await customer.close();

  // before (or without) the script: a lowercase AWB through the plain form, rendered on the server
  const noScript = await browser.newContext({
    baseURL: info.project.use.baseURL,
    viewport: { width: 390, height: 844 },
    javaScriptEnabled: false,
  });
  const plain = await noScript.newPage();
  await plain.goto("/track");
  await plain.getByRole("textbox", { name: "Tracking number (AWB)" }).fill(awb.toLowerCase());
  await plain.getByRole("button", { name: "Track parcel" }).click();
  await expect(plain.getByRole("heading", { level: 1 })).toHaveText("Delivered");
  await plain.goto("/track/NOSUCHAWB123");
  await expect(plain.getByRole("alert")).toContainText("We could not find this tracking number");
  await expect(plain.getByRole("textbox", { name: "Tracking number (AWB)" })).toHaveValue(
    "NOSUCHAWB123",
  );
  await plain.screenshot({ path: `${SHOTS}/phone-track-not-found.png`, fullPage: true });
  await noScript.close();
});
