import { expect, test } from "@playwright/test";
import { onlyAt } from "./support/sizes";
import { signIn } from "./support/users";

// Admins work at a desk.
onlyAt("desktop");

test("an admin adds a picker, who can then sign in and lands on the pick list", async ({
  browser,
  page,
}) => {
  await signIn(page, "ADMIN");
  await page.getByRole("link", { name: /Users and roles/ }).click();
  const email = `new.picker.${Date.now()}@packline.local`;
  await page.getByLabel("Name", { exact: true }).fill("Nikhil New");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Role", { exact: true }).selectOption("PICKER");
  await page.getByLabel("Password").fill("short");
  await page.getByRole("button", { name: "Add user" }).click();
  await expect(page.getByText("Use at least 10 characters")).toBeVisible();
  await expect(page.getByLabel("Email")).toHaveValue(email);
  await page.getByLabel("Password").fill("a-long-enough-password");
  await page.getByRole("button", { name: "Add user" }).click();
  await expect(page.getByRole("cell", { name: /Nikhil New/ })).toBeVisible();

  const context = await browser.newContext();
  const other = await context.newPage();
  await other.goto("/login");
  await other.getByLabel("Email").fill(email);
  await other.getByLabel("Password").fill("a-long-enough-password");
  await other.getByRole("button", { name: "Sign in" }).click();
  await expect(other).toHaveURL(/\/pick$/);
  await context.close();
});

test("an admin switches a feature flag off and on again", async ({ page }) => {
  await signIn(page, "ADMIN");
  await page.goto("/admin/flags");
  const flag = page.getByRole("switch", { name: "feature.notify.customer_sms" });
  await expect(flag).toHaveAttribute("aria-checked", "true");
  await flag.click();
  await expect(flag).toHaveAttribute("aria-checked", "false");
  await flag.click();
  await expect(flag).toHaveAttribute("aria-checked", "true");
  await expect(page.getByText(/Last changed by admin@packline.local/).first()).toBeVisible();
});
