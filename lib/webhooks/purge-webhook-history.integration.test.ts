import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { WebhookStatus } from "@/lib/generated/prisma/enums";
import { purgeWebhookHistory } from "./purge-webhook-history";

// Retention against the real tables: what goes, what stays, and that it goes in bounded batches.
const DAY = 86_400_000;
const now = new Date("2026-12-06T00:00:00Z");
const daysAgo = (days: number) => new Date(now.getTime() - days * DAY);

function event(status: WebhookStatus, receivedAt: Date, provider = "razorpay") {
  return {
    provider,
    bodyHash: randomUUID(),
    rawBody: "{}",
    headers: {},
    signatureValid: status !== "REJECTED",
    status,
    receivedAt,
  };
}
function rejection(receivedAt: Date) {
  return {
    provider: "shiprocket",
    reason: "Token or signature does not match any active account",
    clientIp: "203.0.113.9",
    headers: {},
    bodyBytes: 1_000_000,
    bodyPrefix: "{}",
    receivedAt,
  };
}

describe("purgeWebhookHistory", () => {
  it("purges handled and refused deliveries past the period, in batches, keeping the rest", async () => {
    const old = daysAgo(31);
    const recent = daysAgo(29);
    await db.webhookEvent.createMany({
      data: [
        ...Array.from({ length: 7 }, () => event("PROCESSED", old, "shiprocket")),
        ...Array.from({ length: 3 }, () => event("IGNORED", old, "ekart")),
        event("REJECTED", old), // refused before deliveries were verified first
        event("FAILED", old),
        event("RECEIVED", old),
        event("PROCESSED", recent),
        event("IGNORED", recent),
      ],
    });
    await db.webhookRejection.createMany({
      data: [...Array.from({ length: 5 }, () => rejection(old)), rejection(recent)],
    });

    const result = await purgeWebhookHistory({ olderThanDays: 30, batchSize: 4, now });
    // 11 events: batches of 4, 4, 3; 5 rejections: 4, 1.
    expect(result).toEqual({ events: 11, rejections: 5, batches: 5 });
    const left = await db.webhookEvent.findMany({
      select: { status: true, receivedAt: true },
      orderBy: { status: "asc" },
    });
    expect(left).toEqual([
      { status: "RECEIVED", receivedAt: old },
      { status: "PROCESSED", receivedAt: recent },
      { status: "IGNORED", receivedAt: recent },
      { status: "FAILED", receivedAt: old },
    ]);
    expect(await db.webhookRejection.findMany({ select: { receivedAt: true } })).toEqual([
      { receivedAt: recent },
    ]);

    expect(await purgeWebhookHistory({ olderThanDays: 30, batchSize: 4, now })).toEqual({
      events: 0,
      rejections: 0,
      batches: 2,
    });
  });

  it("takes the period from WEBHOOK_RETENTION_DAYS, 30 days by default", async () => {
    await db.webhookEvent.createMany({
      data: [event("PROCESSED", daysAgo(30.5)), event("PROCESSED", daysAgo(29.5))],
    });
    const result = await purgeWebhookHistory({ now });
    expect(result.events).toBe(1);
    expect(await db.webhookEvent.count({ where: { receivedAt: daysAgo(29.5) } })).toBe(1);
  });
});
