import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { recordAudit } from "./record-audit";

/**
 * Saves one Setting and its audit row in one transaction: every setting an admin changes is
 * audited with who changed it and to what.
 */
export async function saveAuditedSetting(input: {
  key: string;
  value: Prisma.InputJsonValue;
  /** who the Setting row names as its last editor */
  updatedBy: string;
  actorId: string;
  action: string;
  details: Prisma.InputJsonObject;
}): Promise<void> {
  const { key, value, updatedBy } = input;
  await db.$transaction(async (tx) => {
    await tx.setting.upsert({
      where: { key },
      create: { key, value, updatedBy },
      update: { value, updatedBy },
    });
    await recordAudit(tx, {
      actorId: input.actorId,
      action: input.action,
      entityType: "Setting",
      entityId: key,
      details: input.details,
    });
  });
}
