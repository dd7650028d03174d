import { expect, test } from "@playwright/test";
import { onlyAt } from "./support/sizes";
import { signIn } from "./support/users";

// Admins set the NDR rules at a desk: the seeded default is there, a new rule is refused with a
// sentence until its numbers are in range, then listed with what the job does under it.
onlyAt("desktop");
const SHOTS = "/tmp/ndr-shots";

test("an admin adds a rule for refused COD parcels and reads what the job will do", async ({
  page,
}) => {
  await signIn(page, "ADMIN");
  await page.getByRole("link", { name: /NDR rules/ }).click();
  const job = page.getByTestId("ndr-rules-job");
  await expect(job).toContainText(
    "COD and prepaid parcels with any courier reason: after 24 h without an answer, re-attempt until 3 attempts, then return to origin.",
  );

  await page.getByRole("button", { name: "Add a rule" }).click();
  const dialog = page.getByRole("dialog", { name: "Add an NDR rule" });
  await dialog.getByLabel("Payment method").selectOption("COD");
  await dialog.getByLabel("Courier reason mentions").fill("refused");
  await dialog.getByLabel("Wait for an answer (hours)").fill("200");
  await dialog.getByLabel("Attempts before the return").fill("2");
  await dialog.getByRole("button", { name: "Add rule" }).click();
  await expect(dialog.getByText("Wait at most 168 hours (a week) for an answer.")).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/admin-ndr-rule-error-1440.png` });

  await dialog.getByLabel("Wait for an answer (hours)").fill("24");
  const sentence =
    "COD parcels whose courier reason mentions 'refused': after 24 h without an answer, re-attempt until 2 attempts, then return to origin.";
  await expect(dialog.getByTestId("rule-preview")).toHaveText(sentence);
  await dialog.getByRole("button", { name: "Add rule" }).click();
  await expect(dialog).toBeHidden();
  await expect(job).toContainText(sentence);
  // The job prefers the rule naming a reason: it is listed first.
  await expect(page.getByTestId("ndr-rule-row").first()).toContainText("'refused'");
  await page.screenshot({ path: `${SHOTS}/admin-ndr-rules-1440.png`, fullPage: true });

  // Leave the demo's rules as they were for other journeys.
  await page.getByRole("button", { name: `Delete the rule: ${sentence}` }).click();
  const confirm = page.getByRole("dialog", { name: "Delete this rule?" });
  await expect(confirm).toContainText(sentence);
  await confirm.getByRole("button", { name: "Delete rule" }).click();
  await expect(confirm).toBeHidden();
  await expect(job).not.toContainText("refused");
  await page.getByRole("link", { name: "Open the NDR queue" }).click();
  await expect(page.getByRole("heading", { name: "NDR queue" })).toBeVisible();
  await expect(page.getByRole("link", { name: "NDR queue" })).toHaveAttribute(
    "aria-current",
    "page",
  );
});
