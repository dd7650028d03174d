import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { beforeAll, describe, expect, it } from "vitest";
import { POST as reprocess } from "@/app/api/webhook-events/[id]/reprocess/route";
import { WebhookPayloadView } from "@/components/shipping/webhook-payload-view";
import { scanPush } from "@/lib/couriers/delhivery/fixtures/documented-samples";
import { db } from "@/lib/db";
import { createFixtureOrder, createFixtureUser } from "@/lib/orders/order-fixtures";
import { createSandboxCourierAccount } from "@/lib/testing/courier-fixtures";
import { pageRequest, sessionCookie } from "@/lib/testing/session-cookie";
import { getWebhookPayload } from "./get-webhook-payload";
import { listWebhookLog } from "./list-webhook-log";
import { recordWebhookRejection } from "./record-webhook-rejection";
import { markWebhookEvent, storeWebhookEvent } from "./store-webhook-event";

const AWB = "REPRO123456";

function delivery(provider: string, rawBody: string, headers: Record<string, string> = {}) {
  return {
    provider,
    rawBody,
    headers: new Headers(headers),
    keptHeaders: ["content-type"],
    secretHeaders: ["x-delhivery-token", "x-api-key"],
  };
}

/** What the receiver leaves when applying a verified delivery failed: a FAILED row. */
async function failedDelivery(provider: string, rawBody: string) {
  const stored = await storeWebhookEvent(delivery(provider, rawBody));
  await markWebhookEvent(stored.id, { status: "FAILED", error: "could not obtain lock" });
  return stored.id;
}

async function postReprocess(id: string, role: "ADMIN" | "OPS") {
  const user = await createFixtureUser(role);
  const req = pageRequest(`/api/webhook-events/${id}/reprocess`, {
    cookie: await sessionCookie({ id: user.id, role }),
    method: "POST",
    body: {},
  });
  const res = await reprocess(req, { params: Promise.resolve({ id }) });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

let shipmentId = "";
beforeAll(async () => {
  const account = await createSandboxCourierAccount("http://127.0.0.1:9", "DELHIVERY", {
    name: "DL",
    webhookSecret: "dl-secret",
  });
  const order = await createFixtureOrder({ status: "SHIPPED" });
  const shipment = await db.shipment.create({
    data: {
      orderId: order.id,
      courierAccountId: account.id,
      idempotencyKey: `${order.id}:FORWARD:1`,
      awb: AWB,
      status: "BOOKED",
    },
    select: { id: true },
  });
  shipmentId = shipment.id;
});

describe("the webhook log", () => {
  it("lists stored, repeated and refused deliveries newest first, by provider and status", async () => {
    await storeWebhookEvent(delivery("shiprocket", '{"awb":"LOG-1"}'));
    await storeWebhookEvent(delivery("shiprocket", '{"awb":"LOG-1"}')); // a redelivery
    await failedDelivery("ekart", '{"id":"LOG-2"}');
    await recordWebhookRejection({ ...delivery("razorpay", "{}"), reason: "Signature mismatch" });

    const all = await listWebhookLog({ limit: 50 });
    const statuses = all.items.map((r) => `${r.provider}:${r.status}`);
    expect(statuses.slice(0, 3)).toEqual([
      "razorpay:REJECTED",
      "ekart:FAILED",
      "shiprocket:RECEIVED",
    ]);
    const duplicates = await listWebhookLog({ status: "DUPLICATE", limit: 50 });
    expect(duplicates.items.map((r) => [r.provider, r.attempts])).toEqual([["shiprocket", 1]]);
    const refused = await listWebhookLog({ status: "REJECTED", limit: 50 });
    expect(refused.items.map((r) => [r.kind, r.note])).toEqual([
      ["rejection", "Signature mismatch"],
    ]);
    const ekart = await listWebhookLog({ provider: "ekart", limit: 50 });
    expect(ekart.items.every((r) => r.provider === "ekart")).toBe(true);
    expect(ekart.items.length).toBeGreaterThan(0);

    // One row a page, through both tables: every row once, in the same order.
    const walked: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await listWebhookLog({ limit: 1, cursor });
      walked.push(...page.items.map((r) => r.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(walked).toEqual(all.items.map((r) => r.id));
  });

  it("shows a payload escaped, with secret headers as stored (redacted)", async () => {
    const body = '{"note":"</pre><script>alert(1)</script>"}';
    const stored = await storeWebhookEvent(
      delivery("delhivery", body, { "x-delhivery-token": "dl-secret-value" }),
    );
    const payload = await getWebhookPayload("event", stored.id);
    const html = renderToStaticMarkup(createElement(WebhookPayloadView, { payload }));
    expect(html).toContain("&lt;/pre&gt;&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).not.toContain("<script>");
    expect(html).toContain("x-delhivery-token: [redacted]");
    expect(html).not.toContain("dl-secret-value");
    expect(payload.body).toBe(JSON.stringify(JSON.parse(body), null, 2));
  });
});

describe("re-processing a failed delivery", () => {
  const body = JSON.stringify([
    {
      Shipment: {
        ...scanPush.Shipment,
        AWB,
        Status: { ...scanPush.Shipment.Status, Status: "In Transit", StatusType: "UD" },
        NSLCode: "X-DLL2F",
      },
    },
  ]);

  it("is refused to ops, and the delivery stays failed", async () => {
    const id = await failedDelivery("delhivery", `${body} `);
    const res = await postReprocess(id, "OPS");
    expect(res.status).toBe(403);
    const row = await db.webhookEvent.findUniqueOrThrow({
      where: { id },
      select: { status: true },
    });
    expect(row.status).toBe("FAILED");
  });

  it("applies it once through the receiver's code; a second is refused with a sentence", async () => {
    const id = await failedDelivery("delhivery", body);
    const scansBefore = await db.trackingEvent.count({ where: { shipmentId } });

    const first = await postReprocess(id, "ADMIN");
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ id, status: "PROCESSED" });
    const shipment = await db.shipment.findUniqueOrThrow({
      where: { id: shipmentId },
      select: { status: true },
    });
    expect(shipment.status).toBe("IN_TRANSIT");
    expect(await db.trackingEvent.count({ where: { shipmentId } })).toBe(scansBefore + 1);

    const second = await postReprocess(id, "ADMIN");
    expect(second.status).toBe(409);
    expect(String(second.body.detail)).toBe(
      "Only a failed delivery can be re-processed; this one is processed.",
    );
    expect(await db.trackingEvent.count({ where: { shipmentId } })).toBe(scansBefore + 1);
    const audits = await db.auditLog.findMany({
      where: { entityType: "WebhookEvent", entityId: id },
      select: { action: true, actorId: true },
    });
    expect(audits).toHaveLength(1);
    expect(audits[0]!.action).toBe("webhook.reprocess");
  });

  it("keeps a body that still cannot be read FAILED, with the reader's reason", async () => {
    const id = await failedDelivery("ekart", '{"neither":"push"}');
    const res = await postReprocess(id, "ADMIN");
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: "FAILED" });
    expect(String(res.body.error)).toMatch(/neither a track_updated push/);
  });
});
