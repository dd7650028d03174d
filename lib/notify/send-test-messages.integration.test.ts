import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET, PUT } from "@/app/api/admin/notification-settings/route";
import { POST as testEmail } from "@/app/api/admin/notification-settings/test-email/route";
import { POST as testSms } from "@/app/api/admin/notification-settings/test-sms/route";
import { db } from "@/lib/db";
import { createUser } from "@/lib/testing/packing-fixtures";
import { startSmtpTestServer, type SmtpTestServer } from "@/lib/testing/smtp-test-server";
import { control, startSandbox, type RunningSandbox } from "@/lib/testing/start-sandbox";
import { SANDBOX_SMS_AUTH_KEY } from "@/sandbox/sms";
import { pageRequest, sessionCookie } from "@/lib/testing/session-cookie";

// The admin's "Send test" buttons against a real SMTP server on loopback (with a login) and the
// sandbox's MSG91-style SMS gateway, called through the route handlers as the browser calls them.
let smtp: SmtpTestServer;
let sandbox: RunningSandbox;
const cookies: Record<"ADMIN" | "OPS", string> = { ADMIN: "", OPS: "" };

async function call(
  handler: typeof GET,
  method: string,
  body?: unknown,
  role: keyof typeof cookies = "ADMIN",
) {
  const req = pageRequest("/api/admin/notification-settings", {
    method,
    cookie: cookies[role],
    body,
  });
  const res = await handler(req, { params: Promise.resolve({}) });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

const settings = (over: { password?: string | null; port?: number; authKey?: string } = {}) => ({
  smtp: {
    host: "127.0.0.1",
    port: over.port ?? smtp.port,
    secure: false,
    user: "mailer",
    ...("password" in over ? { password: over.password } : { password: "smtp-Pa55" }),
    from: "Packline <alerts@packline.test>",
  },
  sms: {
    baseUrl: `${sandbox.url}/sms/`,
    senderId: "PKLINE",
    authKey: over.authKey ?? SANDBOX_SMS_AUTH_KEY,
  },
  recipients: { emails: ["ops@shop.test"], phones: ["9876543210"] },
});

async function sandboxSms() {
  const { messages } = (await control(sandbox.url, "/_control/sms/messages", undefined, "GET")) as {
    messages: { to: string; message: string; sender: string }[];
  };
  return messages;
}

beforeAll(async () => {
  smtp = await startSmtpTestServer({ user: "mailer", password: "smtp-Pa55" });
  sandbox = await startSandbox();
  for (const role of ["ADMIN", "OPS"] as const) {
    const user = await createUser(role);
    cookies[role] = await sessionCookie({ id: user.id, role });
  }
});

afterAll(async () => {
  await smtp.stop();
  await sandbox.stop();
});

describe("send test e-mail and SMS", () => {
  it("asks for settings first when nothing is configured, and only admins may test", async () => {
    const email = await call(testEmail, "POST", { to: "me@shop.test" });
    expect(email.status).toBe(422);
    expect(email.body.detail).toBe("E-mail is not set up yet: save the SMTP settings first.");
    const sms = await call(testSms, "POST", { to: "9876543210" });
    expect(sms.status).toBe(422);
    expect(sms.body.detail).toMatch(/SMS is not set up yet/);
    expect((await call(testEmail, "POST", { to: "me@shop.test" }, "OPS")).status).toBe(403);
    expect((await call(testSms, "POST", { to: "9876543210" }, "OPS")).status).toBe(403);
  });

  it("saves settings with secrets encrypted and never returns them", async () => {
    const saved = await call(PUT, "PUT", settings());
    expect(saved.status).toBe(200);
    const read = await call(GET, "GET");
    expect(read.body).toMatchObject({
      smtp: { host: "127.0.0.1", user: "mailer", passwordSet: true },
      sms: { baseUrl: `${sandbox.url}/sms`, senderId: "PKLINE", authKeySet: true },
      recipients: { phones: ["+919876543210"] },
    });
    const stored = JSON.stringify(
      (await db.setting.findUniqueOrThrow({ where: { key: "notify.settings" } })).value,
    );
    for (const secret of ["smtp-Pa55", SANDBOX_SMS_AUTH_KEY]) {
      expect(JSON.stringify(read.body)).not.toContain(secret);
      expect(stored).not.toContain(secret);
    }
    // Saving again without the secrets keeps them (the form never has them to send back).
    const kept = settings();
    delete (kept.smtp as { password?: string }).password;
    delete (kept.sms as { authKey?: string }).authKey;
    await call(PUT, "PUT", kept);
    expect((await call(GET, "GET")).body).toMatchObject({
      smtp: { passwordSet: true },
      sms: { authKeySet: true },
    });
    // …but never hands them to another server: a new host needs the secret typed again.
    const moved = await call(PUT, "PUT", {
      ...kept,
      smtp: { ...kept.smtp, host: "smtp.elsewhere.example" },
      sms: { ...kept.sms, baseUrl: "https://sms.elsewhere.example/api/" },
    });
    expect(moved.status).toBe(422);
    expect(Object.keys(moved.body.errors as object).sort()).toEqual([
      "sms.authKey",
      "smtp.password",
    ]);
    expect((await call(GET, "GET")).body).toMatchObject({ smtp: { host: "127.0.0.1" } });
  });

  it("sends a real test e-mail through the saved SMTP server", async () => {
    const sent = await call(testEmail, "POST", { to: "Owner@Shop.test" });
    expect(sent).toMatchObject({ status: 200, body: { ok: true, to: "owner@shop.test" } });
    const mail = smtp.mails.at(-1)!;
    expect(mail.to).toEqual(["owner@shop.test"]);
    expect(mail.from).toBe("alerts@packline.test");
    expect(mail.raw).toMatch(/Subject: Packline test e-mail/);
    expect(mail.raw).toMatch(/Packline can send e-mail through 127\.0\.0\.1/);
    const row = await db.notification.findFirstOrThrow({
      where: { channel: "EMAIL", template: "settings-test" },
    });
    expect(row).toMatchObject({ status: "DELIVERED", recipient: "owner@shop.test" });
    expect(row.providerRef).toBe(sent.body.providerRef);
  });

  it("answers with the mail server's sentence when it refuses, and keeps the settings", async () => {
    await call(PUT, "PUT", settings({ password: "wrong" }));
    const before = smtp.mails.length;
    const refused = await call(testEmail, "POST", { to: "owner@shop.test" });
    expect(refused.status).toBe(502);
    expect(refused.body.detail).toMatch(
      /^The mail server refused the message: Invalid login: 535 .*Invalid username or password/,
    );
    expect(smtp.mails).toHaveLength(before);
    expect((await call(GET, "GET")).body).toMatchObject({
      smtp: { host: "127.0.0.1", port: smtp.port, passwordSet: true },
      sms: { authKeySet: true },
      recipients: { emails: ["ops@shop.test"] },
    });

    await call(PUT, "PUT", settings({ port: 1 }));
    const unreachable = await call(testEmail, "POST", { to: "owner@shop.test" });
    expect(unreachable.status).toBe(502);
    expect(unreachable.body.detail).toMatch(
      /^The mail server could not be reached: .*ECONNREFUSED/,
    );
    const audit = await db.auditLog.findMany({
      where: { action: "settings.notifications_tested" },
      select: { details: true },
    });
    expect(audit.map((a) => (a.details as { ok: boolean }).ok)).toEqual([true, false, false]);
  });

  it("rejects a malformed address before sending anything", async () => {
    const bad = await call(testEmail, "POST", { to: "not-an-address" });
    expect(bad.status).toBe(422);
    expect(bad.body.errors).toEqual({ to: ["Enter the e-mail address to send the test to"] });
    const badPhone = await call(testSms, "POST", { to: "12345" });
    expect(badPhone.status).toBe(422);
    expect(badPhone.body.errors).toEqual({
      to: ["Enter a 10-digit Indian mobile number starting with 6, 7, 8 or 9."],
    });
  });

  it("sends a real test SMS through the saved gateway and reports its refusal", async () => {
    await control(sandbox.url, "/_control/sms/messages", undefined, "DELETE");
    const sent = await call(testSms, "POST", { to: "+91 91234 56789" });
    expect(sent).toMatchObject({ status: 200, body: { ok: true, to: "+919123456789" } });
    const sms = await sandboxSms();
    expect(sms).toHaveLength(1);
    expect(sms[0]).toMatchObject({ to: "+919123456789", sender: "PKLINE" });
    expect(sms[0]!.message).toMatch(/^Packline test SMS from .*: your SMS gateway works\.$/);
    expect(sent.body.providerRef).toMatch(/^[0-9a-f]{24}$/);

    await call(PUT, "PUT", settings({ authKey: "not-the-key" }));
    const refused = await call(testSms, "POST", { to: "9123456789" });
    expect(refused.status).toBe(502);
    expect(refused.body.detail).toBe("The SMS gateway refused the message: Authentication failure");
    expect(await sandboxSms()).toHaveLength(1);
    // A failed test is not left in the outbox for the worker to retry.
    expect(await db.notification.count({ where: { channel: "SMS" } })).toBe(1);
    expect((await call(GET, "GET")).body).toMatchObject({ sms: { senderId: "PKLINE" } });
  });
});
