import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors/app-error";

export interface FlagRow {
  key: string;
  enabled: boolean;
  description: string;
  updatedBy: string | null;
  updatedAt: Date;
}

const select = {
  key: true,
  enabled: true,
  description: true,
  updatedBy: true,
  updatedAt: true,
} as const;

export function listFeatureFlags(): Promise<FlagRow[]> {
  return db.featureFlag.findMany({ orderBy: { key: "asc" }, select });
}

export async function setFeatureFlag(options: {
  key: string;
  enabled: boolean;
  actor: { id: string; email: string };
}): Promise<FlagRow> {
  return db.$transaction(async (tx) => {
    const found = await tx.featureFlag.findUnique({
      where: { key: options.key },
      select: { key: true },
    });
    if (!found) throw notFound(`The feature flag ${options.key}`);
    const flag = await tx.featureFlag.update({
      where: { key: options.key },
      data: { enabled: options.enabled, updatedBy: options.actor.email },
      select,
    });
    await recordAudit(tx, {
      actorId: options.actor.id,
      action: options.enabled ? "flag.enable" : "flag.disable",
      entityType: "FeatureFlag",
      entityId: options.key,
    });
    return flag;
  });
}
