import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import { DISPATCH_CUTOFF_SETTING, readDispatchCutoff } from "./dispatch-cutoff";

export interface DispatchSettings {
  /** HH:MM, IST */
  cutoff: string;
}

export async function getDispatchSettings(): Promise<DispatchSettings> {
  return { cutoff: await readDispatchCutoff() };
}

/** An admin sets the dock's daily cut-off; audited, as every setting change is. */
export async function saveDispatchSettings(input: {
  settings: DispatchSettings;
  admin: { id: string; email: string };
}): Promise<DispatchSettings> {
  await db.$transaction(async (tx) => {
    await tx.setting.upsert({
      where: { key: DISPATCH_CUTOFF_SETTING },
      create: {
        key: DISPATCH_CUTOFF_SETTING,
        value: input.settings.cutoff,
        updatedBy: input.admin.email,
      },
      update: { value: input.settings.cutoff, updatedBy: input.admin.email },
    });
    await recordAudit(tx, {
      actorId: input.admin.id,
      action: "dispatch.cutoff.set",
      entityType: "Setting",
      entityId: DISPATCH_CUTOFF_SETTING,
      details: { cutoff: input.settings.cutoff },
    });
  });
  return input.settings;
}
