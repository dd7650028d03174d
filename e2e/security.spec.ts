import { expect, test, type Page } from "@playwright/test";
import { fromPackline } from "./support/same-origin";
import { onlyAt } from "./support/sizes";
import { signIn, type DemoRole } from "./support/users";

// The perimeter over real HTTP against the production build: every page passes its own
// Content-Security-Policy, the security headers are sent, a cross-site request with the session
// cookie is refused, and bodies that are too large or not text never reach a handler.
onlyAt("desktop");

const PAGES: Record<DemoRole, string[]> = {
  ADMIN: [
    "/admin",
    "/admin/users",
    "/admin/couriers",
    "/admin/order-source",
    "/admin/payments",
    "/admin/notifications",
    "/admin/events",
    "/admin/incidents",
    "/admin/flags",
  ],
  OPS: ["/orders", "/out-of-stock", "/shipping", "/shipping/remittance", "/shipping/freight"],
  PICKER: ["/pick"],
  PACKER: ["/pack", "/receive"],
};

/** Records every CSP violation the page reports, from the first script on. */
async function watchViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) =>
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  page.on("console", (message) => {
    const text = message.text();
    if (/CSP violation|Content Security Policy/i.test(text)) violations.push(text);
  });
  return violations;
}

async function visit(page: Page, path: string) {
  const response = await page.goto(path);
  expect(response?.status(), path).toBeLessThan(400);
  await page.waitForLoadState("networkidle");
  const csp = response!.headers()["content-security-policy"] ?? "";
  expect(csp, `${path} sends a CSP`).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+'/);
  expect(csp).not.toContain("unsafe-inline");
  expect(csp).toContain("frame-ancestors 'none'");
  expect(response!.headers()["x-content-type-options"]).toBe("nosniff");
}

for (const role of Object.keys(PAGES) as DemoRole[]) {
  test(`${role.toLowerCase()}'s pages run under their Content-Security-Policy`, async ({
    page,
  }) => {
    const violations = await watchViolations(page);
    await signIn(page, role);
    for (const path of PAGES[role]) await visit(page, path);
    if (role === "OPS") {
      // An order page, then the tracking page of a shipped order.
      await page.goto("/orders?status=SHIPPED");
      await page.getByRole("link", { name: /^PL-/ }).first().click();
      await expect(page).toHaveURL(/\/orders\/[^/]+$/);
      await page.waitForLoadState("networkidle");
      const orders = await page.request.get("/api/orders?status=SHIPPED&limit=1");
      const awb = ((await orders.json()) as { items: { shipment: { awb: string } }[] }).items[0]!
        .shipment.awb;
      await visit(page, `/track/${awb}`);
    }
    expect(violations).toEqual([]);
  });
}

test("the sign-in, set-up, not-found and forbidden pages run under their CSP too", async ({
  page,
}) => {
  const violations = await watchViolations(page);
  await visit(page, "/login");
  await visit(page, "/setup/not-a-set-up-link");
  await expect(page.getByText("Packline already has users")).toBeVisible();
  const missing = await page.goto("/no-such-page");
  expect(missing?.status()).toBe(404);
  await signIn(page, "PICKER");
  const refused = await page.goto("/admin");
  expect(refused?.status()).toBe(403);
  expect(violations).toEqual([]);
});

test("a cross-site request with the session cookie changes nothing", async ({ page }) => {
  await signIn(page, "ADMIN");
  const flags = await page.request.get("/api/admin/flags");
  const flag = ((await flags.json()) as { items: { key: string; enabled: boolean }[] }).items[0]!;
  const url = `/api/admin/flags/${flag.key}`;
  const evil = { origin: "https://evil.example" };
  const attempts = [
    page.request.patch(url, { headers: evil, data: { enabled: !flag.enabled } }),
    page.request.patch(url, {
      headers: { ...evil, "content-type": "text/plain" },
      data: JSON.stringify({ enabled: !flag.enabled }),
    }),
    page.request.patch(url, {
      headers: { "sec-fetch-site": "cross-site" },
      form: { enabled: "x" },
    }),
    page.request.patch(url, { data: { enabled: !flag.enabled } }),
  ];
  for (const res of await Promise.all(attempts)) {
    expect(res.status()).toBe(403);
    expect(((await res.json()) as { code: string }).code).toBe("CROSS_SITE");
  }
  const plain = await page.request.patch(url, {
    headers: { ...fromPackline(page), "content-type": "text/plain" },
    data: JSON.stringify({ enabled: flag.enabled }),
  });
  expect(plain.status()).toBe(415);
  const after = (
    (await (await page.request.get("/api/admin/flags")).json()) as {
      items: { key: string; enabled: boolean }[];
    }
  ).items.find((f) => f.key === flag.key);
  expect(after?.enabled).toBe(flag.enabled);
});

test("oversized, NUL-carrying and broken bodies are refused over HTTP, never a 5xx", async ({
  request,
}) => {
  const huge = await request.post("/api/webhooks/razorpay", {
    headers: { "content-type": "application/json" },
    data: `{"filler":"${"x".repeat(2_000_000)}"}`,
  });
  expect(huge.status()).toBe(413);
  const csrf = ((await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string })
    .csrfToken;
  const hostileSignIns = [
    `email=ops%00%40packline.local&password=x&csrfToken=${csrf}`,
    `email=${"a".repeat(300)}%40x.in&password=x&csrfToken=${csrf}`,
    `email=%ED%A0%80&password=%00&csrfToken=${csrf}`,
    "%%%%",
  ];
  for (const form of hostileSignIns) {
    const res = await request.post("/api/auth/callback/credentials", {
      headers: {
        "content-type": "application/x-www-form-urlencoded",
        origin: new URL(huge.url()).origin,
      },
      data: form,
      maxRedirects: 0,
    });
    expect(res.status(), form.slice(0, 40)).toBeLessThan(500);
  }
  for (const path of ["/api/auth/..%2F..%2Fetc", "/api/auth/signin/github", "/api/track/%00"]) {
    expect((await request.get(path)).status(), path).toBeLessThan(500);
  }
});
