import { db } from "@/lib/db";
import type { NotificationChannel } from "@/lib/generated/prisma/enums";
import { log } from "@/lib/observability/logger";
import { MAX_ATTEMPTS, retryDelayMs } from "./backoff";
import { getCustomerNotificationSettings } from "./customer/customer-settings";
import { planCustomerNotifications } from "./customer/plan-customer-notifications";
import { releaseTime, type QuietHours } from "./customer/quiet-hours";
import { DeliveryError } from "./delivery-error";
import { sendEmail } from "./send-email";
import { sendSms } from "./send-sms";
import { loadNotificationConfig, type NotificationConfig } from "./settings";
import {
  sendWhatsAppTemplate,
  type WhatsAppTemplateMessage,
} from "./whatsapp/send-whatsapp-template";
import { loadWhatsAppConfig, type WhatsAppConfig } from "./whatsapp/whatsapp-settings";

// A claimed message is invisible to other workers for this long; if this worker dies while
// sending, the message becomes due again and is retried (at-least-once delivery).
const LEASE_MS = 5 * 60_000;

interface Claimed {
  id: string;
  channel: NotificationChannel;
  recipient: string;
  subject: string | null;
  body: string;
  attempts: number;
  event: string | null;
  whatsapp: Omit<WhatsAppTemplateMessage, "to"> | null;
}

interface Senders {
  config: NotificationConfig;
  whatsapp: WhatsAppConfig | null;
  quietHours: QuietHours | null;
}

export interface DeliveryReport {
  delivered: number;
  retrying: number;
  dead: number;
}

async function claimDue(limit: number, now: Date): Promise<Claimed[]> {
  const leaseUntil = new Date(now.getTime() + LEASE_MS);
  return db.$queryRaw<Claimed[]>`
    UPDATE "Notification" n SET attempts = n.attempts + 1, "nextAttemptAt" = ${leaseUntil}
    FROM (
      SELECT id FROM "Notification"
      WHERE status IN ('PENDING', 'FAILED') AND "nextAttemptAt" <= ${now}
      ORDER BY "nextAttemptAt" LIMIT ${limit}
      FOR UPDATE SKIP LOCKED
    ) due
    WHERE n.id = due.id
    RETURNING n.id, n.channel, n.recipient, n.subject, n.body, n.attempts, n.event, n.whatsapp`;
}

function send({ config, whatsapp }: Senders, n: Claimed): Promise<string> {
  if (n.channel === "EMAIL") {
    if (!config.smtp)
      throw new DeliveryError("E-mail (SMTP) is not configured.", { transient: true });
    return sendEmail(config.smtp, {
      to: [n.recipient],
      subject: n.subject ?? "Packline",
      text: n.body,
    });
  }
  if (n.channel === "SMS") {
    if (!config.sms)
      throw new DeliveryError("The SMS gateway is not configured.", { transient: true });
    return sendSms(config.sms, n.recipient, n.body);
  }
  if (n.channel === "WHATSAPP") {
    if (!whatsapp) throw new DeliveryError("WhatsApp is not configured.", { transient: true });
    if (!n.whatsapp)
      throw new DeliveryError("This message has no WhatsApp template.", { transient: false });
    return sendWhatsAppTemplate(whatsapp, { ...n.whatsapp, to: n.recipient });
  }
  throw new DeliveryError(`No sender for ${n.channel} messages.`, { transient: false });
}

/**
 * Turns new shipment events into customer messages (plan-customer-notifications.ts), then sends
 * due outbox notifications; transient failures back off and retry (a customer's SMS or WhatsApp
 * retry never lands in quiet hours), others are dead.
 */
export async function deliverDueNotifications(
  options: { limit?: number; now?: Date } = {},
): Promise<DeliveryReport> {
  const now = options.now ?? new Date();
  await planCustomerNotifications({ now });
  const due = await claimDue(options.limit ?? 50, now);
  const report: DeliveryReport = { delivered: 0, retrying: 0, dead: 0 };
  if (due.length === 0) return report;
  const [config, whatsapp, customer] = await Promise.all([
    loadNotificationConfig(),
    loadWhatsAppConfig(),
    getCustomerNotificationSettings(),
  ]);
  const senders: Senders = { config, whatsapp, quietHours: customer.quietHours };
  for (const n of due) {
    try {
      const providerRef = await send(senders, n);
      await db.notification.update({
        where: { id: n.id },
        data: { status: "DELIVERED", sentAt: new Date(), providerRef, lastError: null },
      });
      report.delivered++;
    } catch (error) {
      const transient = !(error instanceof DeliveryError) || error.transient;
      const retry = transient && n.attempts < MAX_ATTEMPTS;
      await db.notification.update({
        where: { id: n.id },
        data: {
          status: retry ? "FAILED" : "DEAD",
          lastError: (error as Error).message.slice(0, 1000),
          nextAttemptAt: nextTry(n, retry, senders.quietHours),
        },
      });
      if (retry) report.retrying++;
      else report.dead++;
      log.warn("notification not delivered", { id: n.id, channel: n.channel, retry, error });
    }
  }
  return report;
}

function nextTry(n: Claimed, retry: boolean, quietHours: QuietHours | null): Date {
  const at = new Date(Date.now() + (retry ? retryDelayMs(n.attempts) : 0));
  return retry && n.event && n.channel !== "EMAIL" ? releaseTime(at, quietHours) : at;
}
