import { saveAuditedSetting } from "@/lib/audit/save-audited-setting";
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
  await saveAuditedSetting({
    key: DISPATCH_CUTOFF_SETTING,
    value: input.settings.cutoff,
    updatedBy: input.admin.email,
    actorId: input.admin.id,
    action: "dispatch.cutoff.set",
    details: { cutoff: input.settings.cutoff },
  });
  return input.settings;
}
