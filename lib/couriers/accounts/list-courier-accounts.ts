import { readAccountSummaries, type CourierAccountSummary } from "./account-summary";

/** Every courier account, active or not, the preferred (lowest priority number) first. */
export async function listCourierAccounts(): Promise<{ items: CourierAccountSummary[] }> {
  return { items: await readAccountSummaries() };
}
