import { db, type Tx } from "@/lib/db";
import type { QuietHours } from "./quiet-hours";

const KEY = "notify.customer";

export interface CustomerNotificationSettings {
  /** SMS and WhatsApp wait outside these IST hours; e-mail is never held */
  quietHours: QuietHours | null;
}

const DEFAULTS: CustomerNotificationSettings = { quietHours: { start: "21:00", end: "09:00" } };

export async function getCustomerNotificationSettings(
  client: Tx = db,
): Promise<CustomerNotificationSettings> {
  const row = await client.setting.findUnique({ where: { key: KEY }, select: { value: true } });
  return row
    ? { ...DEFAULTS, ...(row.value as unknown as CustomerNotificationSettings) }
    : DEFAULTS;
}

export async function updateCustomerNotificationSettings(
  input: CustomerNotificationSettings,
  actorId: string,
): Promise<CustomerNotificationSettings> {
  const value = { quietHours: input.quietHours } as unknown as object;
  await db.$transaction([
    db.setting.upsert({
      where: { key: KEY },
      create: { key: KEY, value, updatedBy: actorId },
      update: { value, updatedBy: actorId },
    }),
    db.auditLog.create({
      data: {
        actorId,
        action: "settings.customer_notifications_updated",
        entityType: "Setting",
        entityId: KEY,
        details: value,
      },
    }),
  ]);
  return input;
}
