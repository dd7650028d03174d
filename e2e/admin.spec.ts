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

test("an admin lets a slowed-down user sign in now, then resets their password", async ({
  browser,
  page,
}) => {
  // Ten sign-ins and three password hashes at production cost: slower than most journeys.
  test.setTimeout(120_000);
  await signIn(page, "ADMIN");
  await page.goto("/admin/users");
  const email = `dana.${Date.now()}@packline.local`;
  await page.getByLabel("Name", { exact: true }).fill("Dana Delayed");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Role", { exact: true }).selectOption("PICKER");
  await page.getByLabel("Password").fill("first-password-1");
  await page.getByRole("button", { name: "Add user" }).click();
  const row = page.getByRole("row", { name: /Dana Delayed/ });
  await expect(row.getByText("Active")).toBeVisible();

  const context = await browser.newContext();
  const dana = await context.newPage();
  const signInAs = async (password: string) => {
    await dana.goto("/login");
    await dana.getByLabel("Email").fill(email);
    await dana.getByLabel("Password").fill(password);
    await dana.getByRole("button", { name: "Sign in" }).click();
  };
  for (let attempt = 1; attempt <= 5; attempt++) {
    await signInAs(`wrong-${attempt}`);
    await expect(dana.getByText("That email and password do not match.")).toBeVisible();
  }
  await signInAs("first-password-1");
  await expect(dana.getByText(/^Too many sign-in attempts/)).toBeVisible();

  await page.reload();
  await expect(row.getByText(/Sign-in delayed until/)).toBeVisible();
  await row.getByRole("button", { name: "Let sign in now" }).click();
  await expect(row.getByText("Active")).toBeVisible();
  await signInAs("first-password-1");
  await expect(dana).toHaveURL(/\/pick$/);

  await row.getByRole("button", { name: "Reset password" }).click();
  const dialog = page.getByRole("dialog", { name: /Reset the password of Dana Delayed/ });
  await expect(dialog.getByText(/signed out everywhere/)).toBeVisible();
  await dialog.getByLabel("New password").fill("second-password-2");
  await dialog.getByRole("button", { name: "Set new password" }).click();
  await expect(dialog).toBeHidden();
  await dana.goto("/pick");
  await expect(dana).toHaveURL(/\/login/);
  await signInAs("second-password-2");
  await expect(dana).toHaveURL(/\/pick$/);
  await context.close();
});
