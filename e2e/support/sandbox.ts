import { expect, test, type Browser, type Page } from "@playwright/test";
import { fromPackline } from "./same-origin";
import { signIn } from "./users";

/** Where the sandbox runs: the demo store's base URL is `<sandbox>/store`. */
export async function sandboxUrl(browser: Browser): Promise<string> {
  if (process.env.SANDBOX_URL) return process.env.SANDBOX_URL;
  const context = await browser.newContext({ baseURL: test.info().project.use.baseURL });
  const admin = await context.newPage();
  await signIn(admin, "ADMIN");
  const res = await admin.request.get("/api/admin/order-source");
  const { source } = (await res.json()) as { source: { baseUrl: string } };
  await context.close();
  return source.baseUrl.replace(/\/store\/?$/, "");
}

/** Books a seeded Packed order with the sandbox Shiprocket, as ops would: its id and AWB. */
export async function bookWithSandboxShiprocket(page: Page, number: string) {
  const found = await page.request.get(`/api/orders?q=${encodeURIComponent(number)}`);
  const { items } = (await found.json()) as { items: { id: string; status: string }[] };
  const order = items[0]!;
  expect(order.status).toBe("PACKED");
  const options = (await (
    await page.request.get(`/api/orders/${order.id}/carrier-options`)
  ).json()) as { options: { accountId: string; accountName: string; serviceCode: string }[] };
  const shiprocket = options.options.find((o) => /shiprocket/i.test(o.accountName));
  expect(shiprocket, "the sandbox Shiprocket serves the order's pincode").toBeTruthy();
  const booked = await page.request.post(`/api/orders/${order.id}/ship`, {
    headers: fromPackline(page),
    data: { courierAccountId: shiprocket!.accountId, serviceCode: shiprocket!.serviceCode },
  });
  expect(booked.ok()).toBe(true);
  const { awb } = (await booked.json()) as { awb: string };
  return { orderId: order.id, awb };
}
