import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it } from "vitest";
import { POST as delhivery } from "@/app/api/webhooks/delhivery/route";
import { POST as ekart } from "@/app/api/webhooks/ekart/route";
import { POST as razorpay } from "@/app/api/webhooks/razorpay/route";
import { POST as shiprocket } from "@/app/api/webhooks/shiprocket/route";
import { signEkartBody } from "@/lib/couriers/ekart/webhook";
import { db } from "@/lib/db";
import { setRazorpayWebhookSecret } from "@/lib/payments/set-razorpay-webhook-secret";
import { razorpaySignature } from "@/lib/payments/verify-razorpay-signature";
import { createSandboxCourierAccount } from "@/lib/testing/courier-fixtures";
import { WEBHOOK_BODY_LIMIT } from "@/lib/http/read-body";
import { REJECTED_BODY_PREFIX_CHARS, RECEIVED_HEADER_NAMES } from "./record-webhook-rejection";

// All four webhooks, through their route handlers: what an unauthenticated delivery leaves in
// the database (one small rejection row), and what a verified body holding a NUL leaves (a
// FAILED event, answered 400).
const routes = { shiprocket, ekart, delhivery, razorpay };
type Provider = keyof typeof routes;
const PROVIDERS = Object.keys(routes) as Provider[];

const SECRETS = {
  shiprocket: "sr-token-verify-first",
  ekart: "ekart-secret-vf",
  delhivery: "dl-token-verify-first",
  razorpay: "rzp-secret-verify-first",
};
const signed: Record<Provider, (body: string) => Record<string, string>> = {
  shiprocket: () => ({ "x-api-key": SECRETS.shiprocket }),
  ekart: (body) => ({ "x-ekart-signature": signEkartBody(body, SECRETS.ekart) }),
  delhivery: () => ({ "x-delhivery-token": SECRETS.delhivery }),
  razorpay: (body) => ({ "x-razorpay-signature": razorpaySignature(body, SECRETS.razorpay) }),
};
// What a forger sends: the right header names with wrong values.
const forged: Record<Provider, Record<string, string>> = {
  shiprocket: { "x-api-key": "guessed-token" },
  ekart: { "x-ekart-signature": "00".repeat(32) },
  delhivery: { "x-delhivery-token": "guessed-token" },
  razorpay: { "x-razorpay-signature": "00".repeat(32), "x-razorpay-event-id": "evt_forged" },
};

async function post(provider: Provider, body: string, headers: Record<string, string>) {
  const req = new NextRequest(`http://localhost/api/webhooks/${provider}`, {
    method: "POST",
    body,
    headers: { "content-type": "application/json", ...headers },
  });
  const res = await routes[provider](req, { params: Promise.resolve({}) });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

beforeAll(async () => {
  // Accounts exist and have secrets, so the refusals below are real verification failures.
  const nowhere = "http://127.0.0.1:9";
  await createSandboxCourierAccount(nowhere, "SHIPROCKET", {
    name: "SR",
    webhookSecret: SECRETS.shiprocket,
  });
  await createSandboxCourierAccount(nowhere, "EKART", { name: "EK", webhookSecret: SECRETS.ekart });
  await createSandboxCourierAccount(nowhere, "DELHIVERY", {
    name: "DL",
    webhookSecret: SECRETS.delhivery,
  });
  await setRazorpayWebhookSecret({ secret: SECRETS.razorpay, actorId: null });
});

describe("an unauthenticated delivery", () => {
  it.each(PROVIDERS)(
    "of a 250 KB body to %s adds one small rejection row and no webhook event",
    async (provider) => {
      // Large, yet under the webhook body limit (256 KB), so it reaches the receiver.
      const body = `{"awb":"FLOOD-1","filler":"${"x".repeat(250_000 - 29)}"}`;
      expect(body.length).toBe(250_000);
      const events = await db.webhookEvent.count();
      const res = await post(provider, body, {
        ...forged[provider],
        "x-forwarded-for": "203.0.113.9",
        "user-agent": "flood/1.0",
      });
      expect(res.status).toBe(401);
      expect(await db.webhookEvent.count()).toBe(events);
      const rows = await db.webhookRejection.findMany({
        where: { provider },
        select: { id: true, clientIp: true, bodyBytes: true, bodyPrefix: true, headers: true },
      });
      expect(rows).toHaveLength(1);
      const row = rows[0]!;
      expect(row).toMatchObject({
        clientIp: "203.0.113.9",
        bodyBytes: Buffer.byteLength(body),
        bodyPrefix: body.slice(0, REJECTED_BODY_PREFIX_CHARS),
      });
      expect(row.headers).toMatchObject({ "user-agent": "flood/1.0" });
      expect(JSON.stringify(row.headers)).not.toContain("guessed-token");
      const [size] = await db.$queryRaw<{ bytes: number }[]>`
        SELECT pg_column_size(r.*)::int AS bytes FROM "WebhookRejection" r WHERE id = ${row.id}`;
      expect(size!.bytes).toBeLessThan(2048);
    },
  );

  it("signed in a header Packline does not read names that header, not its value, on the refusal", async () => {
    // Ekart does not publish its signature header: if it is not the one Packline guessed, ops
    // see the name Ekart used in the webhook log.
    const res = await post("ekart", `{"event":"track_updated"}`, {
      "x-ekart-hmac": "a-signature-in-another-header",
      "x-forwarded-for": "203.0.113.10",
    });
    expect(res.status).toBe(401);
    const row = await db.webhookRejection.findFirstOrThrow({
      where: { provider: "ekart", clientIp: "203.0.113.10" },
      select: { headers: true },
    });
    expect(row.headers).toMatchObject({
      [RECEIVED_HEADER_NAMES]: expect.stringContaining("x-ekart-hmac"),
    });
    expect(JSON.stringify(row.headers)).not.toContain("a-signature-in-another-header");
  });

  it.each(PROVIDERS)("over the body limit to %s is a 413 and leaves nothing", async (provider) => {
    const body = `{"filler":"${"x".repeat(WEBHOOK_BODY_LIMIT)}"}`;
    const [events, rejections] = [await db.webhookEvent.count(), await db.webhookRejection.count()];
    expect((await post(provider, body, forged[provider])).status).toBe(413);
    expect(await db.webhookEvent.count()).toBe(events);
    expect(await db.webhookRejection.count()).toBe(rejections);
  });

  it("keeps a refused body's NUL characters out of the row without failing", async () => {
    // The emoji's first half is the 512th character: the cut falls inside its surrogate pair.
    const lead = '{"awb":"NUL-1\u0000","cut":"';
    const filler = "y".repeat(REJECTED_BODY_PREFIX_CHARS - lead.length - 1);
    const body = `${lead}${filler}\uD83D\uDC55"}`;
    expect((await post("shiprocket", body, forged.shiprocket)).status).toBe(401);
    const row = await db.webhookRejection.findFirstOrThrow({
      where: { bodyPrefix: { startsWith: '{"awb":"NUL-1' } },
      select: { bodyPrefix: true },
    });
    expect(row.bodyPrefix).toContain("NUL-1\uFFFD");
    expect(row.bodyPrefix.endsWith("\uFFFD")).toBe(true);
  });
});

// Each provider's body with a NUL, as the JSON escape \u0000, inside a string it reads.
const withNul: Record<Provider, string> = {
  shiprocket: '{"awb":"SR-NUL\\u0000","shipment_status":"DELIVERED","shipment_status_id":7}',
  ekart: '{"id":"EK-NUL","status":"Delivered\\u0000","ctime":1763700000000}',
  delhivery:
    '{"Shipment":{"AWB":"DL-NUL","Status":{"Status":"Delivered\\u0000","StatusDateTime":"2026-11-20T10:00:00"}}}',
  razorpay:
    '{"entity":"event","event":"payment.captured","payload":{"payment":{"entity":{"id":"pay_NUL","amount":100,"status":"captured","notes":{"packline_order_id":"PL\\u0000"}}}}}',
};

describe("a verified body holding text PostgreSQL cannot store", () => {
  it.each(PROVIDERS)("to %s is kept FAILED with the reason and answered 400", async (provider) => {
    const body = withNul[provider];
    const res = await post(provider, body, signed[provider](body));
    expect(res.status).toBe(400);
    expect(String(res.body.error)).toMatch(/cannot be stored/);
    const row = await db.webhookEvent.findFirstOrThrow({
      where: { provider, rawBody: body },
      select: { status: true, signatureValid: true, error: true },
    });
    expect(row).toMatchObject({ status: "FAILED", signatureValid: true });
    expect(row.error).toMatch(/NUL/);
  });

  it("with a raw NUL byte is kept with the byte replaced, FAILED, answered 400", async () => {
    const body = '{"entity":"event","event":"payment.captured\u0000"}';
    const res = await post("razorpay", body, signed.razorpay(body));
    expect(res.status).toBe(400);
    const row = await db.webhookEvent.findFirstOrThrow({
      where: { provider: "razorpay", rawBody: body.replace("\u0000", "\uFFFD") },
      select: { status: true },
    });
    expect(row.status).toBe("FAILED");
  });
});
