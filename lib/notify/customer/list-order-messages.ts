import { db } from "@/lib/db";
import type { NotificationChannel } from "@/lib/generated/prisma/enums";
import { CUSTOMER_EVENTS, isCustomerEvent } from "./customer-events";

export interface OrderMessageView {
  id: string;
  event: string;
  channel: NotificationChannel;
  recipient: string;
  /** in ops' words: held (quiet hours), queued, retrying, sent, delivered, read, failed */
  state: string;
  at: string;
  error: string | null;
}

/**
 * The customer messages of one order, newest first, for the order page: what was sent on which
 * channel and what became of it, the provider's own word (WhatsApp read receipts) when it has one.
 */
export async function listOrderMessages(
  orderId: string,
  now = new Date(),
): Promise<OrderMessageView[]> {
  const rows = await db.notification.findMany({
    where: { orderId, event: { not: null } },
    orderBy: { createdAt: "desc" },
    take: 50,
    select: {
      id: true,
      event: true,
      channel: true,
      recipient: true,
      status: true,
      providerStatus: true,
      providerStatusAt: true,
      sentAt: true,
      nextAttemptAt: true,
      createdAt: true,
      lastError: true,
    },
  });
  return rows.map((r) => ({
    id: r.id,
    event: r.event && isCustomerEvent(r.event) ? CUSTOMER_EVENTS[r.event].label : (r.event ?? ""),
    channel: r.channel,
    recipient: r.recipient,
    state: stateOf(r, now),
    at: (r.providerStatusAt ?? r.sentAt ?? r.nextAttemptAt ?? r.createdAt).toISOString(),
    error: r.status === "DEAD" || r.providerStatus === "failed" ? r.lastError : null,
  }));
}

function stateOf(
  r: { status: string; providerStatus: string | null; nextAttemptAt: Date },
  now: Date,
): string {
  if (r.providerStatus) return r.providerStatus;
  if (r.status === "DELIVERED") return "sent";
  if (r.status === "DEAD") return "failed";
  if (r.status === "FAILED") return "retrying";
  return r.nextAttemptAt > now ? "held" : "queued";
}
