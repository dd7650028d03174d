import type { AddressInfo } from "node:net";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as exportCsv } from "@/app/api/out-of-stock/export/route";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { deliverDueNotifications } from "@/lib/notify/deliver-notifications";
import { getNotificationSettings, updateNotificationSettings } from "@/lib/notify/settings";
import { createProduct, createUser } from "@/lib/testing/packing-fixtures";
import { startSmtpTestServer, type SmtpTestServer } from "@/lib/testing/smtp-test-server";
import { notificationSettingsInput } from "@/lib/validation/notification-settings";
import { createSandbox } from "@/sandbox/server";
import { SANDBOX_SMS_AUTH_KEY } from "@/sandbox/sms";
import { loadStockReport } from "./load-stock-report";
import { sendStockReport } from "./send-stock-report";
import { sessionCookie } from "@/lib/testing/session-cookie";

// Real outside world on loopback: an SMTP server that keeps what it receives, and the sandbox
// (MSG91-style SMS gateway) on a free port.
const sandbox = createSandbox().server;
let smtp: SmtpTestServer;
let sandboxUrl = "";
let admin: { id: string };
let opsCookie = "";

function at(iso: string) {
  return new Date(iso);
}

async function exception(sku: string, qty: number, orders: string[], createdAt: Date) {
  const product = await db.product.findUniqueOrThrow({
    where: { sku },
    select: { id: true, title: true },
  });
  await db.stockException.create({
    data: {
      productId: product.id,
      sku,
      productTitle: product.title,
      qtyShort: qty,
      orderNumbers: orders,
      createdAt,
    },
  });
}

async function configure(authKey = SANDBOX_SMS_AUTH_KEY) {
  await updateNotificationSettings(
    notificationSettingsInput.parse({
      smtp: {
        host: "127.0.0.1",
        port: smtp.port,
        secure: false,
        user: "ops",
        password: "s3cret-pass",
        from: "Packline <reports@packline.test>",
      },
      sms: { baseUrl: `${sandboxUrl}/sms`, senderId: "PKLINE", authKey },
      recipients: { emails: ["Ops@Shop.test", "owner@shop.test"], phones: ["98765 43210"] },
    }),
    admin.id,
  );
}

async function sandboxSms() {
  const res = await fetch(`${sandboxUrl}/_control/sms/messages`);
  return ((await res.json()) as { messages: { to: string; message: string; sender: string }[] })
    .messages;
}

beforeAll(async () => {
  smtp = await startSmtpTestServer({ user: "ops", password: "s3cret-pass" });
  await new Promise<void>((resolve) => sandbox.listen(0, "127.0.0.1", resolve));
  sandboxUrl = `http://127.0.0.1:${(sandbox.address() as AddressInfo).port}`;
  admin = await createUser("ADMIN");
  const ops = await createUser("OPS");
  opsCookie = await sessionCookie({ id: ops.id, role: "OPS" });
  await createProduct("DAL-1KG", "Toor dal, 1 kg");
  await createProduct("GHEE-500", 'Ghee, 500 ml "desi", glass jar');
  await createProduct("SOAP-3", "=cmd|' /C calc'!A0");
  // 1 Nov 2026 in India runs from 31 Oct 18:30 UTC to 1 Nov 18:30 UTC.
  await exception("DAL-1KG", 3, ["PL-1", "PL-2"], at("2026-10-31T18:30:00Z"));
  await exception("DAL-1KG", 2, ["PL-2", "PL-3"], at("2026-11-01T12:00:00Z"));
  await exception("GHEE-500", 1, ["PL-4"], at("2026-11-01T18:29:59Z"));
  await exception("SOAP-3", 4, ["PL-5"], at("2026-11-01T18:30:00Z"));
  await exception("GHEE-500", 9, ["PL-9"], at("2026-10-31T18:29:59Z"));
});

afterAll(async () => {
  await smtp.stop();
  await new Promise<void>((resolve) => sandbox.close(() => resolve()));
});

describe("out-of-stock report", () => {
  it("aggregates exceptions by SKU within IST calendar days", async () => {
    const report = await loadStockReport({ from: "2026-11-01", to: "2026-11-01" });
    expect(report.totals).toEqual({ skus: 2, unitsShort: 6, orders: 4, reports: 3 });
    expect(report.rows.map((r) => [r.sku, r.qtyShort, r.reports, r.orderNumbers])).toEqual([
      ["DAL-1KG", 5, 2, ["PL-1", "PL-2", "PL-3"]],
      ["GHEE-500", 1, 1, ["PL-4"]],
    ]);
    const two = await loadStockReport({ from: "2026-11-01", to: "2026-11-02" });
    expect(two.rows.map((r) => r.sku)).toEqual(["DAL-1KG", "SOAP-3", "GHEE-500"]);
  });

  it("exports a streamed CSV that Excel opens, escaped and formula-safe", async () => {
    const req = new NextRequest(
      "http://localhost/api/out-of-stock/export?from=2026-11-01&to=2026-11-02",
      {
        headers: { cookie: opsCookie },
      },
    );
    const res = await exportCsv(req, { params: Promise.resolve({}) });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(res.headers.get("content-disposition")).toBe(
      'attachment; filename="out-of-stock_2026-11-01_to_2026-11-02.csv"',
    );
    const bytes = Buffer.from(await res.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.subarray(3).toString("utf8").split("\r\n");
    expect(lines[0]).toBe(
      "SKU,Product,Category,Bin,Units short,Times reported,Orders affected,Affected order numbers,First reported (IST),Last reported (IST)",
    );
    expect(lines[1]).toMatch(
      /^DAL-1KG,"Toor dal, 1 kg",Grocery,A-\d+,5,2,3,PL-1 PL-2 PL-3,"01 Nov 2026, 00:00","01 Nov 2026, 17:30"$/,
    );
    expect(lines[2]).toMatch(/^GHEE-500,"Ghee, 500 ml ""desi"", glass jar",/);
    expect(lines[3]).toMatch(/^SOAP-3,'=cmd\|' \/C calc'!A0,/);
    expect(lines).toHaveLength(5);
    expect(lines[4]).toBe("");
  });

  it("refuses to send before an admin has set recipients", async () => {
    const error = await sendStockReport({ channels: ["email"], userId: admin.id }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).status).toBe(422);
    expect((error as AppError).message).toMatch(/E-mail is not set up/);
  });

  it("keeps the SMTP password encrypted and write-only", async () => {
    await configure();
    const view = await getNotificationSettings();
    expect(view.smtp).toMatchObject({ host: "127.0.0.1", passwordSet: true });
    expect(JSON.stringify(view)).not.toContain("s3cret-pass");
    const row = await db.setting.findUniqueOrThrow({ where: { key: "notify.settings" } });
    expect(JSON.stringify(row.value)).not.toContain("s3cret-pass");
    expect(view.recipients.phones).toEqual(["+919876543210"]);
  });

  it("e-mails the report with the CSV attached and texts a summary through the outbox", async () => {
    await configure();
    await fetch(`${sandboxUrl}/_control/sms/messages`, { method: "DELETE" });
    const result = await sendStockReport({
      channels: ["email", "sms"],
      from: "2026-11-01",
      to: "2026-11-01",
      userId: admin.id,
    });
    expect(result).toMatchObject({ email: { recipients: 2 }, sms: { queued: 1 } });

    const mail = smtp.mails.at(-1)!;
    expect(mail.to.sort()).toEqual(["ops@shop.test", "owner@shop.test"]);
    expect(mail.raw).toMatch(/Subject: Out of stock 2026-11-01: 2 SKUs, 6 units short/);
    expect(mail.raw).toMatch(/filename=out-of-stock_2026-11-01_to_2026-11-01\.csv/);
    const attachment = mail.raw.split(
      /filename=out-of-stock[^\r\n]*\r?\n(?:[^\r\n]+\r?\n)*\r?\n/,
    )[1]!;
    const csv = Buffer.from(attachment.split(/\r?\n--/)[0]!.replace(/\s+/g, ""), "base64");
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv.toString("utf8")).toContain('DAL-1KG,"Toor dal, 1 kg"');

    expect(await sandboxSms()).toEqual([]);
    expect(await deliverDueNotifications()).toEqual({ delivered: 1, retrying: 0, dead: 0 });
    const sms = await sandboxSms();
    expect(sms).toHaveLength(1);
    expect(sms[0]).toMatchObject({ to: "+919876543210", sender: "PKLINE" });
    expect(sms[0]!.message).toBe(
      "Packline out of stock 2026-11-01: 2 SKUs, 6 units, 4 orders. Top: DAL-1KG 5, GHEE-500 1",
    );
    const row = await db.notification.findFirstOrThrow({ where: { channel: "SMS" } });
    expect(row).toMatchObject({ status: "DELIVERED", attempts: 1 });
    expect(row.providerRef).toMatch(/^[0-9a-f]{24}$/);
  });

  it("retries an SMS after a gateway 503 with backoff, and gives up at once on a bad key", async () => {
    await configure();
    await db.notification.deleteMany();
    await fetch(`${sandboxUrl}/_control/faults`, {
      method: "POST",
      body: JSON.stringify({ prefix: "/sms", status: 503, times: 1 }),
    });
    await sendStockReport({ channels: ["sms"], userId: admin.id });
    expect(await deliverDueNotifications()).toEqual({ delivered: 0, retrying: 1, dead: 0 });
    const failed = await db.notification.findFirstOrThrow({ where: { channel: "SMS" } });
    expect(failed).toMatchObject({ status: "FAILED", attempts: 1 });
    expect(failed.nextAttemptAt.getTime()).toBeGreaterThan(Date.now() + 10_000);
    expect(await deliverDueNotifications()).toEqual({ delivered: 0, retrying: 0, dead: 0 });
    const later = new Date(failed.nextAttemptAt.getTime() + 1);
    expect(await deliverDueNotifications({ now: later })).toEqual({
      delivered: 1,
      retrying: 0,
      dead: 0,
    });

    await configure("wrong-key");
    await sendStockReport({ channels: ["sms"], userId: admin.id });
    expect(await deliverDueNotifications()).toEqual({ delivered: 0, retrying: 0, dead: 1 });
    const dead = await db.notification.findFirstOrThrow({ where: { status: "DEAD" } });
    expect(dead.lastError).toMatch(/Authentication failure/);
  });
});
