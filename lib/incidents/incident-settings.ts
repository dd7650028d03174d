import { db } from "@/lib/db";

export const TICKET_WEBHOOK_SETTING = "incidents.ticket_webhook_url";

/** Where new incidents are forwarded (a ticketing system's webhook), or null. */
export async function getTicketWebhookUrl(): Promise<string | null> {
  const row = await db.setting.findUnique({
    where: { key: TICKET_WEBHOOK_SETTING },
    select: { value: true },
  });
  const url = (row?.value as { url?: unknown } | null)?.url;
  return typeof url === "string" && url ? url : null;
}

export async function saveTicketWebhookUrl(url: string | null, updatedBy: string) {
  await db.setting.upsert({
    where: { key: TICKET_WEBHOOK_SETTING },
    create: { key: TICKET_WEBHOOK_SETTING, value: { url }, updatedBy },
    update: { value: { url }, updatedBy },
  });
  return { ticketWebhookUrl: url };
}
