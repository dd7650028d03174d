import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as delhiveryPost } from "@/app/api/webhooks/delhivery/route";
import { POST as ekartPost } from "@/app/api/webhooks/ekart/route";
import { sampleShipment } from "@/lib/couriers/contract";
import { getCourierForAccount } from "@/lib/couriers/registry";
import { encryptJson, encryptSecret } from "@/lib/crypto/secrets";
import { db } from "@/lib/db";
import type { CourierCode } from "@/lib/generated/prisma/enums";
import { control, startSandbox } from "@/lib/testing/start-sandbox";
import { DELHIVERY_SANDBOX_TOKEN } from "@/sandbox/couriers/delhivery";
import { EKART_SANDBOX_CREDENTIALS } from "@/sandbox/couriers/ekart/routes";

// Ekart (HMAC-signed) and Delhivery (header token) pushes from the sandbox, forwarded untouched
// to the route handlers. Shipments are booked with the real adapters against the sandbox.
const routes = { "/ekart": ekartPost, "/delhivery": delhiveryPost } as const;
let sandbox: Awaited<ReturnType<typeof startSandbox>>;
let forwarder: Server;
let hookBase = "";
const accounts: Partial<Record<CourierCode, string>> = {};

async function callRoute(path: string, body: string, headers: Record<string, string>) {
  const req = new NextRequest(`http://localhost/api/webhooks${path}`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body,
  });
  const res = await routes[path as keyof typeof routes](req, { params: Promise.resolve({}) });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

beforeAll(async () => {
  sandbox = await startSandbox();
  forwarder = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const headers = Object.fromEntries(
        Object.entries(req.headers).map(([k, v]) => [k, String(v)]),
      );
      void callRoute(req.url ?? "/", Buffer.concat(chunks).toString("utf8"), headers).then((out) =>
        res.writeHead(out.status).end(JSON.stringify(out.body)),
      );
    });
  });
  await new Promise<void>((resolve) => forwarder.listen(0, "127.0.0.1", resolve));
  hookBase = `http://127.0.0.1:${(forwarder.address() as AddressInfo).port}`;
  const create = (
    courier: CourierCode,
    name: string,
    path: string,
    creds: object,
    secret: string,
  ) =>
    db.courierAccount.create({
      data: {
        courier,
        name,
        baseUrl: `${sandbox.url}${path}`,
        credentialsEncrypted: encryptJson(creds),
        webhookSecretEncrypted: encryptSecret(secret),
        pickupPincode: "122001",
        pickupLocationName: "Primary",
      },
      select: { id: true },
    });
  accounts.EKART = (
    await create("EKART", "Ekart", "/ekart", EKART_SANDBOX_CREDENTIALS, "ekart-secret-1")
  ).id;
  // Two Delhivery accounts: a push is matched to the one whose token it carries.
  await create(
    "DELHIVERY",
    "Delhivery A",
    "/delhivery",
    { token: DELHIVERY_SANDBOX_TOKEN, clientName: "PACKLINE" },
    "dl-token-a",
  );
  accounts.DELHIVERY = (
    await create(
      "DELHIVERY",
      "Delhivery B",
      "/delhivery",
      { token: DELHIVERY_SANDBOX_TOKEN, clientName: "PACKLINE" },
      "dl-token-b",
    )
  ).id;
  await control(sandbox.url, "/ekart/_control/webhook", {
    url: `${hookBase}/ekart`,
    secret: "ekart-secret-1",
  });
  await control(sandbox.url, "/_control/delhivery/webhook", {
    url: `${hookBase}/delhivery`,
    token: "dl-token-b",
  });
});
afterAll(async () => {
  await new Promise<void>((resolve) => forwarder.close(() => resolve()));
  await sandbox.stop();
});

let n = 0;
/** An order SHIPPED with a BOOKED shipment whose AWB the sandbox courier issued. */
async function shipped(courier: "EKART" | "DELHIVERY") {
  n += 1;
  const adapter = await getCourierForAccount(accounts[courier]!);
  const booked = await adapter.createShipment(
    sampleShipment({ pickup: "122001", serviceable: "530017", unserviceable: "999999" }),
  );
  const order = await db.order.create({
    data: {
      source: "MANUAL",
      externalId: `cw-${n}`,
      number: `PL-CW${n}`,
      customerName: "Asha Rao",
      customerPhone: "9812345670",
      addressLine1: "12 Beach Road",
      city: "Visakhapatnam",
      state: "Andhra Pradesh",
      pincode: "530017",
      paymentMethod: "PREPAID",
      subtotalPaise: 99_800,
      totalPaise: 99_800,
      status: "SHIPPED",
      shipments: {
        create: {
          courierAccountId: accounts[courier]!,
          idempotencyKey: `cw-${n}:FORWARD:1`,
          awb: booked.awb,
          status: "BOOKED",
        },
      },
    },
    select: { id: true },
  });
  return { orderId: order.id, awb: booked.awb };
}

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
    expect(
      await db.webhookEvent.findFirstOrThrow({
        where: { rawBody: body },
        select: { status: true },
      }),
    ).toEqual({ status: "REJECTED" });
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
