import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as shiprocketHook } from "@/app/api/webhooks/shiprocket/route";
import { POST as whatsappHook } from "@/app/api/webhooks/whatsapp/route";
import { db } from "@/lib/db";
import { shipmentOfBuyerNdrToken } from "@/lib/ndr/buyer-link";
import { bookShipment } from "@/lib/shipping/book-shipment";
import { createPackedOrder, setUpShiprocketBooking } from "@/lib/testing/courier-fixtures";
import { createUser } from "@/lib/testing/packing-fixtures";
import { startSmtpTestServer, type SmtpTestServer } from "@/lib/testing/smtp-test-server";
import { control, startSandbox, type RunningSandbox } from "@/lib/testing/start-sandbox";
import { startWebhookForwarder } from "@/lib/testing/webhook-forwarder";
import { SANDBOX_SMS_AUTH_KEY } from "@/sandbox/sms";
import { SANDBOX_WHATSAPP_PHONE_ID, SANDBOX_WHATSAPP_TOKEN } from "@/sandbox/whatsapp";
import { deliverDueNotifications } from "../deliver-notifications";
import { updateNotificationSettings } from "../settings";
import { updateWhatsAppSettings } from "../whatsapp/whatsapp-settings";
import { updateCustomerNotificationSettings } from "./customer-settings";
import { planCustomerNotifications } from "./plan-customer-notifications";
import { drainCourierWebhooks } from "@/lib/webhooks/drain-courier-webhooks";

// Customer notifications end to end: the sandbox Shiprocket pushes tracking webhooks (each one
// twice) through the real route; the worker's job plans and sends, run twice and concurrently;
// e-mail goes to a real SMTP server on loopback, SMS and WhatsApp to the sandbox, whose WhatsApp
// posts signed status callbacks (each twice) back to the real webhook route.
const TOKEN = "sr-notify-token";
const APP_SECRET = "wa-app-secret-for-tests";
let smtp: SmtpTestServer;
let sandbox: RunningSandbox;
let forwarder: Awaited<ReturnType<typeof startWebhookForwarder>>;

async function route(
  handler: typeof shiprocketHook,
  path: string,
  body: string,
  headers: Record<string, string>,
) {
  const req = new NextRequest(`http://localhost${path}`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body,
  });
  const res = await handler(req, { params: Promise.resolve({}) });
  // the worker applies what the route stored
  await drainCourierWebhooks();
  return { status: res.status, body: (await res.json()) as unknown };
}

beforeAll(async () => {
  smtp = await startSmtpTestServer({ user: "mailer", password: "smtp-Pa55" });
  sandbox = await startSandbox();
  forwarder = await startWebhookForwarder(async (path, body, headers) => {
    if (path.startsWith("/whatsapp"))
      return route(whatsappHook, "/api/webhooks/whatsapp", body, headers);
    // Every tracking push arrives twice, as couriers redeliver.
    await route(shiprocketHook, "/api/webhooks/shiprocket", body, headers);
    return route(shiprocketHook, "/api/webhooks/shiprocket", body, headers);
  });
  await control(sandbox.url, "/_control/shiprocket/webhook", {
    url: `${forwarder.url}/sr`,
    token: TOKEN,
  });
  await control(sandbox.url, "/_control/whatsapp/webhook", {
    url: `${forwarder.url}/whatsapp`,
    appSecret: APP_SECRET,
    repeat: 2,
  });
  await setUpShiprocketBooking(sandbox.url, {
    name: "Shiprocket notify test",
    webhookSecret: TOKEN,
    pickupLocationName: null,
  });
  const admin = await createUser("ADMIN");
  await updateNotificationSettings(
    {
      smtp: {
        host: "127.0.0.1",
        port: smtp.port,
        secure: false,
        user: "mailer",
        password: "smtp-Pa55",
        from: "Shop <orders@shop.test>",
      },
      sms: { baseUrl: `${sandbox.url}/sms`, senderId: "PKLINE", authKey: SANDBOX_SMS_AUTH_KEY },
      recipients: { emails: [], phones: [] },
    },
    admin.id,
  );
  await updateWhatsAppSettings(
    {
      baseUrl: `${sandbox.url}/whatsapp`,
      apiVersion: "v23.0",
      phoneNumberId: SANDBOX_WHATSAPP_PHONE_ID,
      accessToken: SANDBOX_WHATSAPP_TOKEN,
      appSecret: APP_SECRET,
      verifyToken: "wa-verify-token-for-tests",
    },
    admin.id,
  );
  await updateCustomerNotificationSettings({ quietHours: null }, admin.id);
});

afterAll(async () => {
  await forwarder.stop();
  await sandbox.stop();
  await smtp.stop();
});

async function bookedOrder(phone: string) {
  const order = await createPackedOrder({ customerPhone: phone });
  await db.order.update({
    where: { id: order.id },
    data: { customerEmail: `buyer-${phone}@mail.test` },
  });
  const booked = await bookShipment({ orderId: order.id, actor: { label: "test" } });
  if (booked.outcome !== "BOOKED") throw new Error(`booking failed: ${JSON.stringify(booked)}`);
  return { orderId: order.id, orderNumber: order.number, awb: booked.awb! };
}

/** The worker's job, run twice at once and once more after (a restarted worker runs it again). */
async function runWorker() {
  await Promise.all([
    deliverDueNotifications(),
    deliverDueNotifications(),
    planCustomerNotifications(),
  ]);
  await deliverDueNotifications();
}

async function sandboxList<T>(path: string, key: string): Promise<T[]> {
  return ((await control(sandbox.url, path, undefined, "GET")) as Record<string, T[]>)[key]!;
}
const smsTo = async (phone: string) =>
  (await sandboxList<{ to: string; message: string }>("/_control/sms/messages", "messages")).filter(
    (m) => m.to === `+91${phone}`,
  );
const whatsappTo = async (phone: string) =>
  (
    await sandboxList<{ to: string; template: string; parameters: string[] }>(
      "/_control/whatsapp/messages",
      "messages",
    )
  ).filter((m) => m.to === `91${phone}`);
// Quoted-printable soft line breaks undone, so a long link reads whole.
const mailsTo = (phone: string) =>
  smtp.mails
    .filter((m) => m.to.includes(`buyer-${phone}@mail.test`))
    .map((m) => ({ ...m, raw: m.raw.replace(/=\r?\n/g, "") }));

async function until<T>(check: () => Promise<T | null | undefined | false>): Promise<T> {
  for (let i = 0; i < 100; i++) {
    const got = await check();
    if (got) return got;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error("condition never became true");
}

describe("customer notifications", () => {
  it("tells the customer once per event and channel: shipped, out for delivery, delivered", async () => {
    const phone = "9811100001";
    const { orderId, orderNumber, awb } = await bookedOrder(phone);
    await runWorker();
    await control(sandbox.url, "/_control/shiprocket/scenario", { awb, scenario: "deliver" });
    await control(sandbox.url, "/_control/shiprocket/advance", { awb, to: 17 });
    await runWorker();
    await control(sandbox.url, "/_control/shiprocket/advance", { awb, to: 7 });
    await runWorker();
    await runWorker();

    const rows = await db.notification.findMany({
      where: { orderId },
      select: { event: true, channel: true, status: true, providerRef: true },
    });
    expect(rows).toHaveLength(9);
    expect(rows.every((r) => r.status === "DELIVERED")).toBe(true);
    const events = ["SHIPPED", "OUT_FOR_DELIVERY", "DELIVERED"];
    for (const event of events)
      expect(
        rows
          .filter((r) => r.event === event)
          .map((r) => r.channel)
          .sort(),
      ).toEqual(["EMAIL", "SMS", "WHATSAPP"]);

    const mails = mailsTo(phone);
    expect(mails).toHaveLength(3);
    expect(mails.map((m) => /Subject: (.*)/.exec(m.raw)?.[1]).sort()).toEqual([
      `Your order ${orderNumber} has shipped`,
      `Your order ${orderNumber} is out for delivery`,
      `Your order ${orderNumber} was delivered`,
    ]);
    expect(mails.find((m) => m.raw.includes("has shipped"))?.raw).toContain(
      `http://localhost:3000/track/${awb}`,
    );
    const sms = await smsTo(phone);
    expect(sms).toHaveLength(3);
    expect(sms[0]!.message).toBe(
      `Hi Asha, order ${orderNumber} has shipped with Shiprocket. Track: http://localhost:3000/track/${awb}`,
    );
    const wa = await whatsappTo(phone);
    expect(wa.map((m) => m.template).sort()).toEqual([
      "packline_delivered",
      "packline_out_for_delivery",
      "packline_shipped",
    ]);
    expect(wa.find((m) => m.template === "packline_shipped")?.parameters).toEqual([
      "Asha",
      orderNumber,
      "Shiprocket",
      `http://localhost:3000/track/${awb}`,
    ]);

    // Meta's status callbacks (each delivered twice) bring every WhatsApp message to "read".
    await until(async () => {
      const read = await db.notification.count({
        where: { orderId, channel: "WHATSAPP", providerStatus: "read" },
      });
      return read === 3;
    });
    const stored = await db.webhookEvent.findMany({
      where: { provider: "whatsapp", rawBody: { contains: `91${phone}` } },
      select: { status: true, attempts: true },
    });
    expect(stored).toHaveLength(9);
    expect(stored.every((s) => s.status === "PROCESSED" && s.attempts === 1)).toBe(true);
  });

  it("sends the buyer's fix-delivery link on a failed delivery, as an absolute link to that shipment", async () => {
    const phone = "9811100002";
    const { orderId, awb } = await bookedOrder(phone);
    await control(sandbox.url, "/_control/shiprocket/advance", { awb, to: 21 });
    await runWorker();
    await runWorker();
    const failed = await db.notification.findMany({
      where: { orderId, event: "DELIVERY_FAILED" },
      select: { channel: true, body: true, shipmentId: true, status: true },
    });
    expect(failed.map((f) => f.channel).sort()).toEqual(["EMAIL", "SMS", "WHATSAPP"]);
    const link = /http:\/\/localhost:3000\/fix-delivery\/(\S+)/.exec(
      failed.find((f) => f.channel === "SMS")!.body,
    );
    expect(shipmentOfBuyerNdrToken(link![1]!)).toBe(failed[0]!.shipmentId);
    // shipped, out for delivery (the courier's first attempt), then the failed attempt
    expect(await smsTo(phone)).toHaveLength(3);
    expect((await whatsappTo(phone)).at(-1)?.template).toBe("packline_delivery_failed");
    expect(mailsTo(phone).filter((m) => m.raw.includes("could not deliver"))).toHaveLength(1);
  });

  it("refuses a status callback whose signature is not the app secret's", async () => {
    const body = JSON.stringify({ object: "whatsapp_business_account", entry: [] });
    const res = await route(whatsappHook, "/api/webhooks/whatsapp", body, {
      "x-hub-signature-256": "sha256=00",
    });
    expect(res.status).toBe(401);
    expect(await db.webhookRejection.count({ where: { provider: "whatsapp" } })).toBe(1);
  });

  it("holds SMS and WhatsApp in quiet hours while e-mail goes at once", async () => {
    const admin = await db.user.findFirstOrThrow({
      where: { role: "ADMIN" },
      select: { id: true },
    });
    // 00:00 to 23:59 IST: now is inside the window whatever the clock says.
    await updateCustomerNotificationSettings(
      { quietHours: { start: "00:00", end: "23:59" } },
      admin.id,
    );
    const phone = "9811100003";
    const { orderId } = await bookedOrder(phone);
    await runWorker();
    const rows = await db.notification.findMany({
      where: { orderId },
      select: { channel: true, status: true, nextAttemptAt: true },
    });
    expect(rows.find((r) => r.channel === "EMAIL")?.status).toBe("DELIVERED");
    for (const held of rows.filter((r) => r.channel !== "EMAIL")) {
      expect(held.status).toBe("PENDING");
      expect(held.nextAttemptAt.getTime()).toBeGreaterThan(Date.now());
    }
    expect(await smsTo(phone)).toHaveLength(0);
    await updateCustomerNotificationSettings({ quietHours: null }, admin.id);
  });
});
