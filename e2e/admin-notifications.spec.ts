import { mkdirSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { startSmtpTestServer, type SmtpTestServer } from "../lib/testing/smtp-test-server";
import { onlyAt } from "./support/sizes";
import { fromPackline } from "./support/same-origin";
import { signIn } from "./support/users";

// An admin sets up e-mail against a real SMTP server this test starts on loopback (the web
// server runs on the same machine), tests it, then sets up the sandbox SMS gateway and texts a
// test SMS. Settings are put back as they were, so other journeys see what the seed left.
onlyAt("desktop");

const SHOTS = "/tmp/notify-shots";
const PHONE = "9000012345";

let smtp: SmtpTestServer;
test.beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  smtp = await startSmtpTestServer({ user: "mailer", password: "right-Pa55" });
});
test.afterAll(() => smtp.stop());

test("an admin sets up e-mail and SMS and sends a test of each", async ({ page }) => {
  await signIn(page, "ADMIN");
  const original = await (await page.request.get("/api/admin/notification-settings")).json();
  const source = await (await page.request.get("/api/admin/order-source")).json();
  const sandboxUrl = String(source.source.baseUrl).replace(/\/store$/, "");

  try {
    await page.goto("/admin");
    await page.getByRole("link", { name: /E-mail and SMS/ }).click();
    await expect(page.getByRole("heading", { level: 1, name: "E-mail and SMS" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Send test e-mail" })).toBeVisible();
    await page.screenshot({ path: `${SHOTS}/initial-1440.png`, fullPage: true });

    // SMTP: a wrong sender first, the field error shows beside it; then save.
    const email = page.getByRole("switch", { name: /E-mail \(SMTP\)/ });
    if (!(await email.isChecked())) await email.check();
    await page.getByLabel("SMTP host").fill("127.0.0.1");
    await page.getByLabel("Port", { exact: true }).fill(String(smtp.port));
    await page.getByLabel(/STARTTLS/).check();
    await page.getByLabel("SMTP user").fill("mailer");
    await page.getByLabel("SMTP password").fill("wrong-pass");
    await page.getByLabel("From address").fill("reports at shop");
    await page.getByRole("button", { name: "Save settings" }).click();
    await expect(
      page.getByText("Enter the sender as reports@shop.in or Packline <reports@shop.in>"),
    ).toBeVisible();
    await page.screenshot({ path: `${SHOTS}/field-error-1440.png` });
    await page.getByLabel("From address").fill("Packline <reports@packline.test>");
    await page.getByRole("button", { name: "Save settings" }).click();
    await expect(page.getByRole("status").filter({ hasText: /Saved at/ })).toBeVisible();
    await expect(page.getByTestId("smtpPassword-state")).toHaveText("set");
    await expect(page.getByLabel("SMTP password")).toHaveValue("");

    // The wrong password: the mail server's own sentence, and the saved settings stay.
    const testEmail = page.getByRole("form", { name: "Send test e-mail" });
    await testEmail.getByLabel("Send a test e-mail to").fill("admin-check@shop.test");
    await testEmail.getByRole("button", { name: "Send test e-mail" }).click();
    await expect(testEmail.getByRole("alert")).toContainText(
      /The mail server refused the message: Invalid login: 535/,
    );
    await page.reload();
    await expect(page.getByLabel("SMTP host")).toHaveValue("127.0.0.1");
    await expect(page.getByTestId("smtpPassword-state")).toHaveText("set");

    await page.getByLabel("SMTP password").fill("right-Pa55");
    await page.getByRole("button", { name: "Save settings" }).click();
    await expect(page.getByRole("status").filter({ hasText: /Saved at/ })).toBeVisible();
    await testEmail.getByLabel("Send a test e-mail to").fill("admin-check@shop.test");
    await testEmail.getByRole("button", { name: "Send test e-mail" }).click();
    await expect(testEmail.getByRole("status")).toContainText("Sent to admin-check@shop.test");
    const mail = smtp.mails.find((m) => m.to.includes("admin-check@shop.test"));
    expect(mail?.raw).toMatch(/Subject: Packline test e-mail/);

    // SMS through the sandbox's MSG91-style gateway.
    const sms = page.getByRole("switch", { name: /SMS gateway/ });
    if (!(await sms.isChecked())) await sms.check();
    await page.getByLabel("Gateway URL").fill(`${sandboxUrl}/sms`);
    await page.getByLabel("DLT sender id").fill("PKLINE");
    await page.getByLabel("Auth key").fill("sandbox-sms-key");
    await page.getByLabel("SMS recipients").fill("12345");
    await page.getByRole("button", { name: "Save settings" }).click();
    await expect(page.getByText(/“12345”: Enter a 10-digit Indian mobile number/)).toBeVisible();
    await page.getByLabel("SMS recipients").fill("");
    await page.getByRole("button", { name: "Save settings" }).click();
    await expect(page.getByRole("status").filter({ hasText: /Saved at/ })).toBeVisible();
    await expect(page.getByTestId("smsAuthKey-state")).toHaveText("set");

    const testSms = page.getByRole("form", { name: "Send test SMS" });
    await testSms.getByLabel("Send a test SMS to").fill(`+91 ${PHONE}`);
    await testSms.getByRole("button", { name: "Send test SMS" }).click();
    await expect(testSms.getByRole("status")).toContainText(`Sent to +91${PHONE}`);
    const gateway = await (await page.request.get(`${sandboxUrl}/_control/sms/messages`)).json();
    const texts = (gateway.messages as { to: string; message: string }[]).filter(
      (m) => m.to === `+91${PHONE}`,
    );
    expect(texts.at(-1)?.message).toMatch(/^Packline test SMS from .*: your SMS gateway works\.$/);

    // Full-page shots from the top, so the sticky header sits where a reader sees it.
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: `${SHOTS}/configured-1440.png`, fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: `${SHOTS}/configured-390.png`, fullPage: true });
    await page.screenshot({ path: `${SHOTS}/configured-390-fold.png` });
    await testEmail.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/test-panel-390.png` });
  } finally {
    // Put back what was there; the secrets typed here go with the channels they belonged to.
    const restored = await page.request.put("/api/admin/notification-settings", {
      headers: fromPackline(page),
      data: {
        smtp: original.smtp && { ...original.smtp, passwordSet: undefined },
        sms: original.sms && { ...original.sms, authKeySet: undefined },
        recipients: original.recipients,
      },
    });
    expect(restored.status()).toBe(200);
  }
});
