import { db, type Tx } from "@/lib/db";
import type { NotificationChannel } from "@/lib/generated/prisma/enums";
import { CUSTOMER_CHANNELS, CUSTOMER_EVENT_KEYS, type CustomerEvent } from "./customer-events";
import { defaultTemplate, type TemplateText } from "./default-templates";

export type TemplateKey = `${CustomerEvent}:${NotificationChannel}`;
export type TemplateSet = Record<TemplateKey, TemplateText & { custom: boolean }>;

/** Every event × channel template: the admin's saved one, or the built-in default. */
export async function loadTemplates(client: Tx = db): Promise<TemplateSet> {
  const rows = await client.notificationTemplate.findMany({
    select: {
      event: true,
      channel: true,
      enabled: true,
      subject: true,
      body: true,
      whatsappName: true,
      whatsappLanguage: true,
    },
  });
  const saved = new Map(rows.map((r) => [`${r.event}:${r.channel}`, r]));
  const set = {} as TemplateSet;
  for (const event of CUSTOMER_EVENT_KEYS)
    for (const channel of CUSTOMER_CHANNELS) {
      const key: TemplateKey = `${event}:${channel}`;
      const row = saved.get(key);
      set[key] = row
        ? {
            enabled: row.enabled,
            subject: row.subject,
            body: row.body,
            whatsappName: row.whatsappName,
            whatsappLanguage: row.whatsappLanguage,
            custom: true,
          }
        : { ...defaultTemplate(event, channel), custom: false };
    }
  return set;
}
