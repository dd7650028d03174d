import { expect, test } from "@playwright/test";
import { signIn } from "./support/users";

// Admins work at a desk: these journeys run at desktop size only.
test.beforeEach(({}, info) => {
  test.skip(info.project.name !== "desktop", "admin screens are desktop screens");
});

test("an admin checks the order source, syncs now and sees the run's counts", async ({ page }) => {
  await signIn(page, "ADMIN");
  await page.getByRole("link", { name: /Order source/ }).click();
  await expect(page.getByRole("heading", { name: "Order source" })).toBeVisible();
  await expect(page.getByLabel("Store API base URL")).toHaveValue(/\/store$/);
  await expect(page.getByLabel("API key")).toHaveValue("");
  await expect(page.getByLabel("API key")).toHaveAttribute("placeholder", /Stored \(…-key\)/);

  await page.getByLabel("Sync every (minutes)").fill("0");
  await page.getByRole("button", { name: "Save order source" }).click();
  await expect(page.getByText("At least 1 minute")).toBeVisible();
  await page.getByLabel("Sync every (minutes)").fill("10");
  await page.getByRole("button", { name: "Save order source" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();

  await page.getByRole("button", { name: "Sync now" }).click();
  const sync = page.getByRole("region", { name: "Sync" });
  await expect(sync.getByText(/Succeeded|Partly failed/).first()).toBeVisible({ timeout: 30_000 });
  const created = sync.getByRole("definition").first();
  await expect(created).not.toHaveText("0");
  await page.screenshot({ path: "/tmp/packline-admin-order-source-1440.png", fullPage: true });
});

test("an admin opens the incidents list and the events page", async ({ page }) => {
  await signIn(page, "ADMIN");
  await page.goto("/admin/incidents");
  await expect(page.getByRole("heading", { name: "Incident list" })).toBeAttached();
  await page.getByLabel("Show").selectOption("all");
  await expect(page.getByText(/Loading incidents/)).toHaveCount(0);
  await page.screenshot({ path: "/tmp/packline-admin-incidents-1440.png", fullPage: true });

  await page.goto("/admin/events");
  await page.getByLabel("Name").fill("Analytics");
  await page.getByLabel("URL").fill("http://127.0.0.1:9/packline-events");
  await page.getByLabel("OrderShipped").check();
  await page.getByRole("button", { name: "Add subscriber" }).click();
  await expect(page.getByText(/Signing secret/)).toBeVisible();
  await expect(page.getByText(/^whsec_/)).toBeVisible();
  await expect(page.getByText("Analytics", { exact: true })).toBeVisible();
  await page.screenshot({ path: "/tmp/packline-admin-events-1440.png", fullPage: true });
});
