import type { NotificationSettingsView } from "@/lib/notify/settings";
import { ApiError } from "./api";

export type { NotificationSettingsView };

export const SETTINGS_KEY = ["admin-notification-settings"] as const;
export const SETTINGS_URL = "/api/admin/notification-settings";

/** "a@x.in, b@x.in" or one per line → ["a@x.in", "b@x.in"] */
export function splitList(text: FormDataEntryValue | null): string[] {
  return String(text ?? "")
    .split(/[\n,;]+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/**
 * The first API error for a field or anything under it ("recipients.emails" also finds
 * "recipients.emails.2"); list entries are named so the admin sees which line is wrong.
 */
export function fieldErrorFrom(error: unknown, lists: Record<string, string[]> = {}) {
  return (name: string): string | undefined => {
    if (!(error instanceof ApiError)) return undefined;
    for (const [key, messages] of Object.entries(error.fieldErrors)) {
      if (key !== name && !key.startsWith(`${name}.`)) continue;
      const index = Number(key.slice(name.length + 1));
      const entry = key !== name && Number.isInteger(index) ? lists[name]?.[index] : undefined;
      return entry ? `“${entry}”: ${messages[0]}` : messages[0];
    }
    return undefined;
  };
}
