import { expect, test } from "@playwright/test";
import { type Size } from "./support/sizes";
import { demoUser, signIn, type DemoRole } from "./support/users";

// Each role signs in on the devices it works on: the floor on tablets, ops on desktop and phone.
const landing: Record<DemoRole, { path: string; heading: string; sizes: Size[] }> = {
  PICKER: { path: "/pick", heading: "Pick list", sizes: ["tablet", "tablet-portrait"] },
  PACKER: { path: "/pack", heading: "Ready to pack", sizes: ["tablet", "desktop"] },
  OPS: { path: "/orders", heading: "Orders", sizes: ["desktop", "phone"] },
  ADMIN: { path: "/admin", heading: "Admin", sizes: ["desktop"] },
};

for (const role of Object.keys(landing) as DemoRole[]) {
  test(`${role.toLowerCase()} signs in and lands on their screen`, async ({ page }, info) => {
    test.skip(
      !(landing[role].sizes as string[]).includes(info.project.name),
      "not this role's device",
    );
    await signIn(page, role);
    await expect(page).toHaveURL(new RegExp(`${landing[role].path}$`));
    await expect(
      page.getByRole("heading", { level: 1, name: landing[role].heading }),
    ).toBeVisible();
  });
}

test.describe("sign-in rules", () => {
  test.beforeEach(({}, info) =>
    test.skip(!["desktop", "phone"].includes(info.project.name), "checked on desktop and phone"),
  );

  test("a wrong password shows an error and keeps the email", async ({ page }) => {
    await page.goto("/login");
    await page.getByLabel("Email").fill(demoUser("OPS").email);
    await page.getByLabel("Password").fill("not-the-password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByText("That email and password do not match.")).toBeVisible();
    await expect(page.getByLabel("Email")).toHaveValue(demoUser("OPS").email);
    await expect(page).toHaveURL(/\/login/);
  });

  test("a picker is refused the admin page and the admin API", async ({ page }) => {
    await signIn(page, "PICKER");
    const response = await page.goto("/admin");
    expect(response?.status()).toBe(403);
    await expect(page.getByRole("heading", { name: /not part of your role/ })).toBeVisible();
    const api = await page.request.get("/api/admin/users");
    expect(api.status()).toBe(403);
    expect(api.headers()["content-type"]).toContain("application/problem+json");
    expect((await api.json()).code).toBe("FORBIDDEN");
  });

  test("signing out returns to the sign-in page", async ({ page }) => {
    await signIn(page, "PACKER");
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/login/);
    await page.goto("/pack");
    await expect(page).toHaveURL(/\/login/);
  });

  test("anonymous visitors are sent to sign in", async ({ page }) => {
    await page.goto("/orders");
    await expect(page).toHaveURL(/\/login\?next=%2Forders/);
  });
});
