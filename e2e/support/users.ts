import type { Page } from "@playwright/test";
import { expect } from "@playwright/test";
import users from "../../prisma/seed/demo-users.json";

export type DemoRole = "ADMIN" | "OPS" | "PICKER" | "PACKER";

export function demoUser(role: DemoRole) {
  const user = users.find((u) => u.role === role);
  if (!user) throw new Error(`no demo user for ${role}`);
  return user;
}

export async function signIn(page: Page, role: DemoRole) {
  const user = demoUser(role);
  await page.goto("/login");
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password").fill(user.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).not.toHaveURL(/\/login/);
}
