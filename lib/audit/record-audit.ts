import type { Tx } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

/** One row in the audit log, written in the same transaction as the change it records. */
export async function recordAudit(
  tx: Tx,
  entry: {
    actorId: string | null;
    action: string;
    entityType: string;
    entityId?: string | null;
    details?: Prisma.InputJsonObject;
  },
): Promise<void> {
  await tx.auditLog.create({
    data: {
      actorId: entry.actorId,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId ?? null,
      details: entry.details ?? {},
    },
  });
}
