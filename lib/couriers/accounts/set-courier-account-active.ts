import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors/app-error";
import { readAccountSummary, type CourierAccountSummary } from "./account-summary";

export interface SetCourierAccountActiveOptions {
  accountId: string;
  active: boolean;
  actorId: string;
}

/**
 * Activates or deactivates an account. A deactivated account gets no bookings or rate quotes,
 * its shipments are no longer polled and its webhooks are no longer accepted.
 */
export async function setCourierAccountActive({
  accountId,
  active,
  actorId,
}: SetCourierAccountActiveOptions): Promise<CourierAccountSummary> {
  await db.$transaction(async (tx) => {
    const updated = await tx.courierAccount.updateMany({
      where: { id: accountId },
      data: { active },
    });
    if (updated.count === 0) throw notFound("The courier account");
    await recordAudit(tx, {
      actorId,
      action: active ? "courier-account.activate" : "courier-account.deactivate",
      entityType: "CourierAccount",
      entityId: accountId,
    });
  });
  return (await readAccountSummary(accountId))!;
}
