import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import * as previousRoute from "@/app/api/admin/payments/razorpay/previous-secret/route";
import * as settingsRoute from "@/app/api/admin/payments/razorpay/route";
import { db } from "@/lib/db";
import { pageRequest, sessionCookie } from "@/lib/testing/session-cookie";
import { postRazorpayWebhook, razorpayEventBody } from "@/lib/testing/razorpay-fixtures";
import { RAZORPAY_SECRET_SETTING } from "./razorpay-webhook-secret";
import { setRazorpayWebhookSecret } from "./set-razorpay-webhook-secret";

// Admin → Payments through its routes, and what the webhook then accepts: the secret in force,
// the one it replaced during the 24 h grace period, and nothing else.
const cookies: Record<"ADMIN" | "OPS", string> = { ADMIN: "", OPS: "" };
let adminId = "";
const HOUR = 3_600_000;

beforeAll(async () => {
  for (const role of ["ADMIN", "OPS"] as const) {
    const user = await db.user.create({
      data: {
        email: `${role.toLowerCase()}@rzp.test`,
        name: `${role} user`,
        role,
        passwordHash: "x",
      },
      select: { id: true },
    });
    if (role === "ADMIN") adminId = user.id;
    cookies[role] = await sessionCookie({ id: user.id, role });
  }
});

const base = "http://localhost/api/admin/payments/razorpay";
function adminCall(method: string, url: string, body?: unknown, role: "ADMIN" | "OPS" = "ADMIN") {
  return pageRequest(url, { method, cookie: cookies[role], body });
}
const ctx = { params: Promise.resolve({}) };
const view = async () => (await settingsRoute.GET(adminCall("GET", base), ctx)).json();

/** A payment.failed event for no order, signed with `secret`: 200 when the signature verifies. */
const deliverSignedWith = async (secret: string) =>
  (
    await postRazorpayWebhook(
      razorpayEventBody("payment.failed", {
        id: `pay_${randomUUID()}`,
        amount: 1,
        status: "failed",
      }),
      secret,
    )
  ).status;

describe("Admin → Payments: the Razorpay webhook secret", () => {
  it("is refused to ops, validated, set write-only and audited", async () => {
    expect((await settingsRoute.GET(adminCall("GET", base, undefined, "OPS"), ctx)).status).toBe(
      403,
    );
    expect(await view()).toMatchObject({
      source: null,
      setAt: null,
      lastVerified: null,
      webhookUrl: "http://localhost/api/webhooks/razorpay",
    });
    expect(await deliverSignedWith("anything-at-all")).toBe(401);
    expect(await db.webhookRejection.findFirstOrThrow({ select: { reason: true } })).toEqual({
      reason: "No webhook secret configured",
    });

    const short = await settingsRoute.PUT(adminCall("PUT", base, { secret: "short" }), ctx);
    expect(short.status).toBe(422);
    expect((await short.json()).errors.secret[0]).toMatch(/at least 12 characters/);
    const padded = await settingsRoute.PUT(
      adminCall("PUT", base, { secret: " first-secret-123 " }),
      ctx,
    );
    expect(padded.status).toBe(422);

    const saved = await settingsRoute.PUT(
      adminCall("PUT", base, { secret: "first-secret-123" }),
      ctx,
    );
    expect(saved.status).toBe(204);
    const shown = await view();
    expect(JSON.stringify(shown)).not.toContain("first-secret-123");
    expect(shown).toMatchObject({
      source: "admin",
      setBy: { name: "ADMIN user", email: "admin@rzp.test" },
      previousAcceptedUntil: null,
    });
    const again = await settingsRoute.PUT(
      adminCall("PUT", base, { secret: "first-secret-123" }),
      ctx,
    );
    expect(again.status).toBe(422);

    expect(await deliverSignedWith("first-secret-123")).toBe(200);
    expect((await view()).lastVerified).toMatchObject({ secret: "current" });
    const audit = await db.auditLog.findMany({
      where: { entityId: RAZORPAY_SECRET_SETTING },
      select: { actorId: true, action: true, details: true },
    });
    expect(audit).toEqual([
      {
        actorId: adminId,
        action: "payments.razorpay_webhook_secret_set",
        details: { replaced: null, previousAcceptedUntil: null },
      },
    ]);
    expect(JSON.stringify(await db.setting.findMany())).not.toContain("first-secret-123");
  });

  it("keeps the previous secret valid during the grace period, and not after", async () => {
    const rotated = await settingsRoute.PUT(
      adminCall("PUT", base, { secret: "second-secret-456" }),
      ctx,
    );
    expect(rotated.status).toBe(204);
    const shown = await view();
    expect(Date.parse(shown.previousAcceptedUntil) - Date.now()).toBeGreaterThan(23 * HOUR);
    // The last delivery was signed with what is now the previous secret.
    expect(shown.lastVerified).toMatchObject({ secret: "previous" });
    expect(await deliverSignedWith("second-secret-456")).toBe(200);
    expect((await view()).lastVerified).toMatchObject({ secret: "current" });
    expect(await deliverSignedWith("first-secret-123")).toBe(200);
    expect((await view()).lastVerified).toMatchObject({ secret: "previous" });
    expect(await deliverSignedWith("never-set-secret")).toBe(401);

    // A rotation made 25 hours ago: the secret it replaced stopped verifying an hour ago.
    await setRazorpayWebhookSecret({
      secret: "third-secret-789",
      actorId: adminId,
      now: new Date(Date.now() - 25 * HOUR),
    });
    expect(await deliverSignedWith("third-secret-789")).toBe(200);
    expect(await deliverSignedWith("second-secret-456")).toBe(401);
    expect(await deliverSignedWith("first-secret-123")).toBe(401);
    expect((await view()).previousAcceptedUntil).toBeNull();
  });

  it("stops accepting the previous secret at once when the admin says so", async () => {
    await settingsRoute.PUT(adminCall("PUT", base, { secret: "fourth-secret-000" }), ctx);
    expect(await deliverSignedWith("third-secret-789")).toBe(200);
    const ended = await previousRoute.DELETE(adminCall("DELETE", `${base}/previous-secret`), ctx);
    expect(ended.status).toBe(204);
    expect(await deliverSignedWith("third-secret-789")).toBe(401);
    expect(await deliverSignedWith("fourth-secret-000")).toBe(200);
    const twice = await previousRoute.DELETE(adminCall("DELETE", `${base}/previous-secret`), ctx);
    expect(twice.status).toBe(409);
    const actions = await db.auditLog.findMany({
      where: { entityId: RAZORPAY_SECRET_SETTING },
      orderBy: { createdAt: "asc" },
      select: { action: true },
    });
    expect(actions.map((a) => a.action)).toEqual([
      "payments.razorpay_webhook_secret_set",
      "payments.razorpay_webhook_secret_rotated",
      "payments.razorpay_webhook_secret_rotated",
      "payments.razorpay_webhook_secret_rotated",
      "payments.razorpay_webhook_previous_secret_ended",
    ]);
  });
});
