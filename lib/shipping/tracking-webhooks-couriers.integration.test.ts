import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as delhiveryPost } from "@/app/api/webhooks/delhivery/route";
import { POST as ekartPost } from "@/app/api/webhooks/ekart/route";
import { db } from "@/lib/db";
import type { CourierCode } from "@/lib/generated/prisma/enums";
import {
  createOrderWithBooking,
  createSandboxCourierAccount,
} from "@/lib/testing/courier-fixtures";
import { control, startSandbox } from "@/lib/testing/start-sandbox";
import { startWebhookForwarder } from "@/lib/testing/webhook-forwarder";
import { drainCourierWebhooks } from "@/lib/webhooks/drain-courier-webhooks";
import { RECEIVED_HEADER_NAMES } from "@/lib/webhooks/record-webhook-rejection";

// Ekart (HMAC-signed) and Delhivery (header token) pushes from the sandbox, forwarded untouched
// to the route handlers. Shipments are booked with the real adapters against the sandbox.
const routes = { "/ekart": ekartPost, "/delhivery": delhiveryPost } as const;
let sandbox: Awaited<ReturnType<typeof startSandbox>>;
let forwarder: Awaited<ReturnType<typeof startWebhookForwarder>>;
const accounts: Partial<Record<CourierCode, string>> = {};

async function callRoute(path: string, body: string, headers: Record<string, string>) {
  const req = new NextRequest(`http://localhost/api/webhooks${path}`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body,
  });
  const res = await routes[path as keyof typeof routes](req, { params: Promise.resolve({}) });
  // the worker applies what the route stored
  await drainCourierWebhooks();
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

beforeAll(async () => {
  sandbox = await startSandbox();
  forwarder = await startWebhookForwarder(callRoute);
  const create = (courier: CourierCode, name: string, webhookSecret: string) =>
    createSandboxCourierAccount(sandbox.url, courier, { name, webhookSecret });
  accounts.EKART = (await create("EKART", "Ekart", "ekart-secret-1")).id;
  // Two Delhivery accounts: a push is matched to the one whose token it carries.
  await create("DELHIVERY", "Delhivery A", "dl-token-a");
  accounts.DELHIVERY = (await create("DELHIVERY", "Delhivery B", "dl-token-b")).id;
  await control(sandbox.url, "/ekart/_control/webhook", {
    url: `${forwarder.url}/ekart`,
    secret: "ekart-secret-1",
  });
  await control(sandbox.url, "/_control/delhivery/webhook", {
    url: `${forwarder.url}/delhivery`,
    token: "dl-token-b",
  });
});
afterAll(async () => {
  await forwarder.stop();
  await sandbox.stop();
});

/** An order SHIPPED with a BOOKED shipment whose AWB the sandbox courier issued. */
const shipped = (courier: "EKART" | "DELHIVERY") =>
  createOrderWithBooking({ courierAccountId: accounts[courier]!, status: "SHIPPED" });

const state = (awb: string) =>
  db.shipment.findUniqueOrThrow({
    where: { awb },
    select: { status: true, order: { select: { status: true } } },
  });

describe("Ekart and Delhivery tracking webhooks", () => {
  it("applies Ekart's signed track_updated pushes through to delivery", async () => {
    const { awb } = await shipped("EKART");
    await control(sandbox.url, "/ekart/_control/advance", { awb, to: "IN_TRANSIT" });
    expect(await state(awb)).toMatchObject({ status: "IN_TRANSIT" });
    await control(sandbox.url, "/ekart/_control/advance", { awb, to: "DELIVERED" });
    expect(await state(awb)).toEqual({ status: "DELIVERED", order: { status: "DELIVERED" } });
    const rows = await db.webhookEvent.findMany({
      where: { provider: "ekart", rawBody: { contains: awb } },
      select: { status: true, signatureValid: true, error: true },
    });
    expect(rows.every((r) => r.signatureValid)).toBe(true);
    // "Order Placed" is pushed while booking, before Packline has the shipment: kept, ignored.
    const applied = rows.filter((r) => r.status === "PROCESSED");
    expect(applied.length).toBeGreaterThanOrEqual(5);
    expect(rows.filter((r) => r.status !== "PROCESSED")).toEqual(
      rows
        .filter((r) => r.status !== "PROCESSED")
        .map(() => ({
          status: "IGNORED",
          signatureValid: true,
          error: `${awb}: no such shipment`,
        })),
    );
  });

  it("refuses an Ekart push whose HMAC does not match", async () => {
    const body = JSON.stringify({ id: "5009SB0000XXXX", status: "Delivered", ctime: Date.now() });
    const res = await callRoute("/ekart", body, { "x-ekart-signature": "ab".repeat(32) });
    expect(res.status).toBe(401);
    expect(await db.webhookEvent.count({ where: { rawBody: body } })).toBe(0);
    expect(
      await db.webhookRejection.findFirstOrThrow({
        where: { bodyPrefix: body },
        select: { provider: true, headers: true },
      }),
    ).toEqual({
      provider: "ekart",
      headers: {
        "content-type": "application/json",
        "user-agent": null,
        "x-ekart-signature": "ab".repeat(32),
        [RECEIVED_HEADER_NAMES]: "content-type, x-ekart-signature",
      },
    });
  });

  it("matches a Delhivery push to the account whose token it carries", async () => {
    const { awb } = await shipped("DELHIVERY");
    await control(sandbox.url, "/_control/delhivery/advance", { awb, to: "out-for-delivery" });
    expect(await state(awb)).toMatchObject({ status: "OUT_FOR_DELIVERY" });
    await control(sandbox.url, "/_control/delhivery/advance", { awb, to: "delivered" });
    expect(await state(awb)).toEqual({ status: "DELIVERED", order: { status: "DELIVERED" } });
    const body = JSON.stringify({
      Shipment: {
        AWB: awb,
        Status: { Status: "Delivered", StatusDateTime: "2026-11-20T10:00:00" },
      },
    });
    expect(
      (await callRoute("/delhivery", body, { "x-delhivery-token": "dl-token-c" })).status,
    ).toBe(401);
  });
});
