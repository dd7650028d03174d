import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET, PUT } from "@/app/api/admin/whatsapp-settings/route";
import { POST as testSend } from "@/app/api/admin/whatsapp-settings/test/route";
import { GET as handshake } from "@/app/api/webhooks/whatsapp/route";
import { db } from "@/lib/db";
import { createUser } from "@/lib/testing/packing-fixtures";
import { pageRequest, sessionCookie } from "@/lib/testing/session-cookie";
import { control, startSandbox, type RunningSandbox } from "@/lib/testing/start-sandbox";
import { SANDBOX_WHATSAPP_PHONE_ID, SANDBOX_WHATSAPP_TOKEN } from "@/sandbox/whatsapp";

// Admin → WhatsApp through the real route handlers: saving (secrets write-only), the test send
// to the sandbox Cloud API, and Meta's GET verification handshake against the saved verify token.
const VERIFY = "verify-me-0f3a9c";
let sandbox: RunningSandbox;
const cookies: Record<"ADMIN" | "OPS", string> = { ADMIN: "", OPS: "" };
const ctx = { params: Promise.resolve({}) };

async function call(
  handler: typeof PUT,
  path: string,
  method: string,
  body?: unknown,
  role: keyof typeof cookies = "ADMIN",
) {
  const res = await handler(pageRequest(path, { method, cookie: cookies[role], body }), ctx);
  return {
    status: res.status,
    body: (await res.json()) as {
      errors: Record<string, string[]>;
      settings: unknown;
      providerRef: string;
    },
  };
}
const save = (body: unknown, role: keyof typeof cookies = "ADMIN") =>
  call(PUT, "/api/admin/whatsapp-settings", "PUT", body, role);

const settings = (over: Record<string, unknown> = {}) => ({
  baseUrl: `${sandbox.url}/whatsapp/`,
  apiVersion: "v23.0",
  phoneNumberId: SANDBOX_WHATSAPP_PHONE_ID,
  accessToken: SANDBOX_WHATSAPP_TOKEN,
  appSecret: "app-secret-for-tests",
  verifyToken: VERIFY,
  ...over,
});

async function meta(query: Record<string, string>) {
  const url = new URL("http://localhost/api/webhooks/whatsapp");
  for (const [k, v] of Object.entries(query)) url.searchParams.set(k, v);
  const res = await handshake(new NextRequest(url), ctx);
  return { status: res.status, type: res.headers.get("content-type"), text: await res.text() };
}

beforeAll(async () => {
  sandbox = await startSandbox();
  for (const role of ["ADMIN", "OPS"] as const) {
    const user = await createUser(role);
    cookies[role] = await sessionCookie({ id: user.id, role });
  }
});

afterAll(async () => {
  await sandbox.stop();
});

describe("WhatsApp settings", () => {
  it("refuses a first save without the secrets, field by field, and saves nothing", async () => {
    const res = await save(settings({ accessToken: undefined, verifyToken: undefined }));
    expect(res.status).toBe(422);
    expect(Object.keys(res.body.errors).sort()).toEqual(["accessToken", "verifyToken"]);
    expect(await db.setting.count({ where: { key: "notify.whatsapp" } })).toBe(0);
  });

  it("explains bad fields in sentences", async () => {
    const res = await save(settings({ apiVersion: "23", phoneNumberId: "abc", appSecret: null }));
    expect(res.status).toBe(422);
    expect(res.body.errors.apiVersion?.[0]).toBe("Use a Graph API version like v23.0.");
    expect(res.body.errors.phoneNumberId?.[0]).toMatch(/digits Meta shows/);
    expect(res.body.errors.appSecret?.[0]).toMatch(/instead of removing it/);
  });

  it("is for admins only", async () => {
    expect((await save(settings(), "OPS")).status).toBe(403);
  });

  it("saves, never returns a secret, keeps omitted ones and audits each change", async () => {
    expect((await save(settings())).status).toBe(200);
    const again = await save(
      settings({
        accessToken: undefined,
        appSecret: undefined,
        verifyToken: undefined,
        apiVersion: "v24.0",
      }),
    );
    expect(again.status).toBe(200);
    const read = await call(GET, "/api/admin/whatsapp-settings", "GET");
    expect(read.body.settings).toEqual({
      baseUrl: `${sandbox.url}/whatsapp`,
      apiVersion: "v24.0",
      phoneNumberId: SANDBOX_WHATSAPP_PHONE_ID,
      accessTokenSet: true,
      appSecretSet: true,
      verifyTokenSet: true,
    });
    expect(JSON.stringify(read.body)).not.toContain(SANDBOX_WHATSAPP_TOKEN);
    const audits = await db.auditLog.findMany({
      where: { action: "settings.whatsapp_updated" },
      select: { details: true },
      orderBy: { createdAt: "asc" },
    });
    expect(audits.map((a) => (a.details as { replaced: string[] }).replaced)).toEqual([
      ["accessToken", "appSecret", "verifyToken"],
      [],
    ]);
  });

  it("sends a test template that the sandbox receives, with the kept token", async () => {
    const res = await call(testSend, "/api/admin/whatsapp-settings/test", "POST", {
      to: "9876543210",
    });
    expect(res.status).toBe(200);
    const { messages } = (await control(
      sandbox.url,
      "/_control/whatsapp/messages",
      undefined,
      "GET",
    )) as {
      messages: { id: string; to: string; template: string }[];
    };
    expect(messages).toEqual([
      expect.objectContaining({
        id: res.body.providerRef,
        to: "919876543210",
        template: "hello_world",
      }),
    ]);
  });
});

describe("GET /api/webhooks/whatsapp (Meta's verification handshake)", () => {
  it("answers the challenge as plain text when the verify token matches", async () => {
    const res = await meta({
      "hub.mode": "subscribe",
      "hub.verify_token": VERIFY,
      "hub.challenge": "1158201444",
    });
    expect(res).toEqual({ status: 200, type: "text/plain; charset=utf-8", text: "1158201444" });
  });

  it.each([
    [
      "a wrong token",
      { "hub.mode": "subscribe", "hub.verify_token": `${VERIFY}x`, "hub.challenge": "1" },
    ],
    [
      "a token of another length",
      { "hub.mode": "subscribe", "hub.verify_token": "v", "hub.challenge": "1" },
    ],
    [
      "another mode",
      { "hub.mode": "unsubscribe", "hub.verify_token": VERIFY, "hub.challenge": "1" },
    ],
    ["no token", { "hub.mode": "subscribe", "hub.challenge": "1" }],
    ["no challenge", { "hub.mode": "subscribe", "hub.verify_token": VERIFY }],
  ])("refuses %s with 403 and never echoes the challenge", async (_, query) => {
    const res = await meta(query);
    expect(res.status).toBe(403);
    expect(res.text).toBe("Verification refused.");
  });

  it("refuses every handshake while WhatsApp is not configured", async () => {
    await db.setting.delete({ where: { key: "notify.whatsapp" } });
    const res = await meta({
      "hub.mode": "subscribe",
      "hub.verify_token": VERIFY,
      "hub.challenge": "1",
    });
    expect(res.status).toBe(403);
  });
});
