import type { Tx } from "@/lib/db";
import type { NotificationChannel } from "@/lib/generated/prisma/enums";

export interface QueuedNotification {
  channel: NotificationChannel;
  recipient: string;
  template: string;
  subject?: string;
  body: string;
  orderId?: string;
  /** the same key queued twice is one notification */
  dedupeKey?: string;
  /** a customer notification: at most one per shipment, event and channel (a unique key) */
  shipmentId?: string;
  event?: string;
  whatsapp?: {
    name: string;
    language: string;
    parameters: string[];
    quickReplies?: string[];
  } | null;
  /** held until then (quiet hours) */
  notBefore?: Date;
}

/**
 * Puts notifications in the outbox inside the caller's transaction: they exist if and only if
 * the change that caused them committed. The delivery job sends them with retries.
 */
export async function queueNotifications(tx: Tx, messages: QueuedNotification[]): Promise<number> {
  const { count } = await tx.notification.createMany({
    data: messages.map((m) => ({
      channel: m.channel,
      recipient: m.recipient,
      template: m.template,
      subject: m.subject ?? null,
      body: m.body,
      orderId: m.orderId ?? null,
      dedupeKey: m.dedupeKey ?? null,
      shipmentId: m.shipmentId ?? null,
      event: m.event ?? null,
      whatsapp: m.whatsapp ?? undefined,
      nextAttemptAt: m.notBefore ?? new Date(),
    })),
    skipDuplicates: true,
  });
  return count;
}
