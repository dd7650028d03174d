import type { Tx } from "@/lib/db";
import type { WhatsAppStatus } from "./whatsapp-webhook-schema";

// Statuses only move forward: Meta does not promise order (a "delivered" may arrive after
// "read", a "failed" from one device after "delivered" on another), so a later rank wins.
const RANK: Record<string, number> = { sent: 1, failed: 2, delivered: 3, read: 4 };

/** Records one status on the WhatsApp message it names; returns 1 when the message moved. */
export async function recordWhatsAppStatus(tx: Tx, s: WhatsAppStatus): Promise<number> {
  const rank = RANK[s.status];
  if (!rank) return 0;
  const at = new Date(Number(s.timestamp) * 1000);
  const error =
    s.status === "failed"
      ? (s.errors?.map((e) => `${e.title ?? e.message ?? "failed"} [code ${e.code}]`).join("; ") ??
        "failed")
      : null;
  return tx.$executeRaw`
    UPDATE "Notification" SET "providerStatus" = ${s.status}, "providerStatusAt" = ${at},
      "lastError" = coalesce(${error}, "lastError")
    WHERE "providerRef" = ${s.id} AND channel = 'WHATSAPP'
      AND coalesce(CASE "providerStatus" WHEN 'sent' THEN 1 WHEN 'failed' THEN 2
        WHEN 'delivered' THEN 3 WHEN 'read' THEN 4 END, 0) < ${rank}`;
}
