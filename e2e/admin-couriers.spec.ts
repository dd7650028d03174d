import { expect, test } from "@playwright/test";
import { onlyAt } from "./support/sizes";
import { signIn } from "./support/users";

// Admins work at a desk.
onlyAt("desktop");

test("an admin adds a Delhivery account, tests its connection and deactivates it", async ({
  page,
}) => {
  await signIn(page, "ADMIN");
  // The demo accounts point at the sandbox the e2e server runs; the new account uses it too.
  const demo = await page.request.get("/api/admin/courier-accounts");
  const { items } = (await demo.json()) as { items: { courier: string; baseUrl: string }[] };
  const sandboxBaseUrl = items.find((a) => a.courier === "DELHIVERY")!.baseUrl;

  await page.goto("/admin");
  await page.getByRole("link", { name: /Courier accounts/ }).click();
  await expect(page.getByRole("heading", { name: "Courier accounts", level: 1 })).toBeVisible();

  const name = `Delhivery e2e ${Date.now()}`;
  await page.getByRole("button", { name: "Add courier account" }).click();
  const form = page.getByRole("form", { name: "Add a courier account" });
  await form.getByLabel("Courier").selectOption("DELHIVERY");
  await form.getByLabel("Account name").fill(name);
  await form.getByLabel("API base URL").fill(sandboxBaseUrl);
  await form.getByLabel("Pickup pincode").fill("56003");
  // Last in line, so journeys booking in parallel keep choosing the demo accounts.
  await form.getByLabel("Priority").fill("999");
  await form.getByLabel("API token").fill("sandbox-delhivery-token");
  await form.getByRole("button", { name: "Add account" }).click();
  // The API's field errors appear next to their fields, and nothing typed is lost.
  await expect(form.getByText("A pincode is 6 digits and does not start with 0.")).toBeVisible();
  await expect(form.getByText("Enter the client name registered with Delhivery")).toBeVisible();
  await expect(form.getByLabel("Account name")).toHaveValue(name);

  await form.getByLabel("Pickup pincode").fill("560034");
  await form.getByLabel("Client name").fill("PACKLINE");
  await form.getByRole("button", { name: "Add account" }).click();
  await expect(page.getByRole("status").filter({ hasText: `Added ${name}` })).toBeVisible();

  const card = page.getByRole("article", { name });
  const status = card.getByRole("list", { name: "Status" });
  await expect(status.getByText("Active", { exact: true })).toBeVisible();
  await expect(status.getByText("Credentials set")).toBeVisible();
  await expect(status.getByText("Priority 999")).toBeVisible();

  await card.getByRole("button", { name: "Test connection" }).click();
  await expect(card.getByRole("status")).toContainText(
    "Connected to Delhivery: pickup pincode 560034 is serviceable.",
  );

  await card.getByRole("button", { name: "Deactivate" }).click();
  await expect(status.getByText("Inactive", { exact: true })).toBeVisible();
  await expect(card.getByRole("button", { name: "Activate" })).toBeVisible();
});
