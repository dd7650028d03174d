import { mkdirSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { onlyAt } from "./support/sizes";
import { signIn } from "./support/users";

// An admin opens Admin → WhatsApp on the demo (seeded against the sandbox's Cloud API): the
// secrets show only as "set", the callback URL to register is this app's webhook, and a test
// message goes through; a wrong version is refused with a sentence and nothing saved.
onlyAt("desktop");
const SHOTS = "/tmp/notify-shots";

test("an admin checks the WhatsApp account and sends a test", async ({ page }) => {
  mkdirSync(SHOTS, { recursive: true });
  await signIn(page, "ADMIN");
  await page.goto("/admin");
  await page.getByRole("link", { name: /WhatsApp/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "WhatsApp" })).toBeVisible();
  for (const name of ["accessToken", "appSecret", "verifyToken"])
    await expect(page.getByTestId(`${name}-state`)).toHaveText("set");
  await expect(page.getByTestId("whatsapp-callback-url")).toHaveText(/\/api\/webhooks\/whatsapp$/);

  await page.getByLabel("Mobile number").fill("9876543210");
  await page.getByRole("button", { name: "Send test message" }).click();
  await expect(page.getByRole("status")).toContainText("WhatsApp accepted it for +919876543210");
  await page.screenshot({ path: `${SHOTS}/whatsapp-settings-1440.png`, fullPage: true });

  await page.getByLabel("Graph API version").fill("23");
  await page.getByRole("button", { name: "Save WhatsApp settings" }).click();
  await expect(page.getByText("Use a Graph API version like v23.0.")).toBeVisible();
  await expect(
    page.getByText("Some fields need fixing (marked in red). Nothing was saved."),
  ).toBeVisible();

  await page.setViewportSize({ width: 390, height: 844 });
  await page.reload();
  await expect(page.getByLabel("Graph API version")).toHaveValue("v23.0");
  await page.screenshot({ path: `${SHOTS}/whatsapp-settings-390.png`, fullPage: true });
});
