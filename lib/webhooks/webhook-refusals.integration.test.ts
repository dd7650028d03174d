import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it } from "vitest";
import { POST as shiprocket } from "@/app/api/webhooks/shiprocket/route";
import { db } from "@/lib/db";
import { createSandboxCourierAccount } from "@/lib/testing/courier-fixtures";
import { REFUSALS_PER_MINUTE } from "./webhook-refusals";

// An unsigned flood is cut off per sender address after REFUSALS_PER_MINUTE refusals; genuine
// deliveries never count against anyone.
const TOKEN = "sr-refusals-token";

async function deliver(from: string, token: string, n: number) {
  const body = JSON.stringify({ awb: `REFUSE-${from}-${n}`, current_status: "IN TRANSIT" });
  const res = await shiprocket(
    new NextRequest("http://localhost/api/webhooks/shiprocket", {
      method: "POST",
      body,
      headers: { "content-type": "application/json", "x-api-key": token, "x-forwarded-for": from },
    }),
    { params: Promise.resolve({}) },
  );
  return { status: res.status, retryAfter: res.headers.get("retry-after") };
}

beforeAll(async () => {
  await createSandboxCourierAccount("http://127.0.0.1:9", "SHIPROCKET", {
    name: "Refusals",
    webhookSecret: TOKEN,
  });
});

describe("refused webhook deliveries per sender address", () => {
  it("answers 429 with Retry-After after the allowance, recording no more rejections", async () => {
    const flood = "198.51.100.7";
    for (let i = 0; i < REFUSALS_PER_MINUTE; i++)
      expect((await deliver(flood, "guessed", i)).status).toBe(401);
    const cut = await deliver(flood, "guessed", 99);
    expect(cut.status).toBe(429);
    expect(Number(cut.retryAfter)).toBeGreaterThan(0);
    expect(await db.webhookRejection.count({ where: { clientIp: flood } })).toBe(
      REFUSALS_PER_MINUTE,
    );
  });

  it("never slows a courier's genuine burst, nor another address", async () => {
    const courier = "198.51.100.8";
    for (let i = 0; i < REFUSALS_PER_MINUTE + 10; i++)
      expect((await deliver(courier, TOKEN, i)).status).toBe(200);
    expect((await deliver("198.51.100.9", "guessed", 1)).status).toBe(401);
  });
});
