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
    expect((await api.json()).code).toBe("ROLE_NOT_ALLOWED");
  });

  test("signing out returns to the sign-in page and ends the session on the server", async ({
    page,
    playwright,
    baseURL,
  }) => {
    await signIn(page, "PACKER");
    const cookie = (await page.context().cookies()).find((c) =>
      c.name.endsWith("next-auth.session-token"),
    );
    expect(cookie).toBeDefined();
    // The same cookie replayed from elsewhere: it works now, and not after signing out.
    const replay = await playwright.request.newContext({
      baseURL,
      extraHTTPHeaders: { cookie: `${cookie!.name}=${cookie!.value}` },
    });
    expect((await replay.get("/api/orders/ready-to-pack")).status()).toBe(200);
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/login/);
    await page.goto("/pack");
    await expect(page).toHaveURL(/\/login/);
    const after = await replay.get("/api/orders/ready-to-pack");
    expect(after.status()).toBe(401);
    await replay.dispose();
  });

  test("repeated wrong passwords slow sign-in down, the same way for any e-mail", async ({
    page,
  }, info) => {
    // Desktop only: every project signs in from 127.0.0.1, which has its own hourly allowance.
    test.skip(info.project.name !== "desktop", "one address, checked once");
    await page.goto("/login");
    await page.getByLabel("Email").fill("nobody.here@packline.local");
    for (let attempt = 1; attempt <= 5; attempt++) {
      await page.getByLabel("Password").fill(`guess-${attempt}`);
      await page.getByRole("button", { name: "Sign in" }).click();
      await expect(page.getByText("That email and password do not match.")).toBeVisible();
    }
    await page.getByLabel("Password").fill("guess-6");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(
      page.getByText(/^Too many sign-in attempts\. Try again in \d+ seconds\.$/),
    ).toBeVisible();
  });

  test("a sign-in link that points elsewhere lands on Packline", async ({ page }) => {
    await page.goto("/login?next=/%5Cevil.example");
    await page.getByLabel("Email").fill(demoUser("OPS").email);
    await page.getByLabel("Password").fill(demoUser("OPS").password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/^http:\/\/localhost:\d+\/orders$/);
  });

  test("anonymous visitors are sent to sign in", async ({ page }) => {
    await page.goto("/orders");
    await expect(page).toHaveURL(/\/login\?next=%2Forders/);
  });
});
