import { mkdirSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { onlyAt } from "./support/sizes";
import { fromPackline } from "./support/same-origin";
import { signIn } from "./support/users";

// An admin rewrites the failed-delivery SMS: a variable the event does not offer is refused with
// the list it does offer, the preview follows every keystroke, and the saved wording comes back
// on reload. The built-in wording is put back afterwards for other journeys.
onlyAt("desktop");
const SHOTS = "/tmp/notify-shots";

test("an admin edits a customer template with a live preview", async ({ page }) => {
  mkdirSync(SHOTS, { recursive: true });
  await signIn(page, "ADMIN");
  const before = await (await page.request.get("/api/admin/notification-templates")).json();
  const original = before.events
    .find((e: { key: string }) => e.key === "DELIVERY_FAILED")
    .templates.find((t: { channel: string }) => t.channel === "SMS");
  try {
    await page.goto("/admin");
    await page.getByRole("link", { name: /Customer messages/ }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Customer messages" })).toBeVisible();
    await page.getByRole("tab", { name: "Delivery failed" }).click();
    await page.getByRole("tab", { name: /^SMS/ }).click();
    const preview = page.getByRole("region", { name: "Preview" });
    await expect(
      page.getByRole("region", { name: "Variables" }).or(page.getByLabel("Variables")),
    ).toContainText("{{fixDeliveryUrl}}");

    const message = page.getByLabel("Message");
    await message.fill("Hi {{customerName}}, parcel {{awb}} missed you: {{refundUrl}}");
    await expect(preview).toContainText("Hi Asha, parcel 1490821234567 missed you:");
    await page.getByRole("button", { name: "Save template" }).click();
    await expect(page.getByText(/\{\{refundUrl\}\} is not available here/)).toBeVisible();

    await message.fill(
      "Hi {{customerName}}, we missed you with {{orderNumber}}. New date: {{fixDeliveryUrl}}",
    );
    await expect(preview).toContainText(
      "Hi Asha, we missed you with PL-10234. New date: https://shop.example/fix-delivery/",
    );
    await page.getByRole("button", { name: "Save template" }).click();
    await expect(page.getByRole("status")).toHaveText("Saved. New messages use this wording.");
    await page.screenshot({ path: `${SHOTS}/template-editor-1440.png`, fullPage: true });

    await page.reload();
    await page.getByRole("tab", { name: "Delivery failed" }).click();
    await page.getByRole("tab", { name: /^SMS/ }).click();
    await expect(page.getByLabel("Message")).toHaveValue(/New date: \{\{fixDeliveryUrl\}\}/);
  } finally {
    await page.request.put("/api/admin/notification-templates", {
      headers: fromPackline(page),
      data: {
        event: "DELIVERY_FAILED",
        channel: "SMS",
        enabled: original.enabled,
        body: original.body,
      },
    });
  }
});
