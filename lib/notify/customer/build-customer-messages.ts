import type { NotificationChannel } from "@/lib/generated/prisma/enums";
import { normaliseIndianPhone } from "@/lib/validation/indian-contact";
import type { QueuedNotification } from "../queue-notification";
import { CUSTOMER_CHANNELS, type CustomerEvent, type TemplateVariable } from "./customer-events";
import type { TemplateSet } from "./load-templates";
import { releaseTime, type QuietHours } from "./quiet-hours";
import { placeholdersIn, renderTemplate } from "./render-template";

export interface Recipient {
  email: string | null;
  phone: string;
}

export interface CustomerMessage extends QueuedNotification {
  /** null for an order's own message (COD confirmation), which dedupes on dedupeKey instead */
  shipmentId?: string;
  event: CustomerEvent;
  notBefore: Date;
}

function recipientFor(channel: NotificationChannel, to: Recipient): string | null {
  if (channel === "EMAIL") return to.email?.trim() || null;
  return normaliseIndianPhone(to.phone);
}

/**
 * The messages one customer event sends: one per enabled channel the customer can be reached
 * on. SMS and WhatsApp due in quiet hours are held until the window opens; e-mail is not.
 * WhatsApp carries the approved template's name and its body parameters, in the order the
 * variables appear in the wording (Meta's {{1}}, {{2}}…).
 */
export function buildCustomerMessages(input: {
  event: CustomerEvent;
  /** the parcel the message is about, or null with a dedupeKey per channel (one per order) */
  shipmentId: string | null;
  orderId: string;
  /** which of the customer channels to use; default all */
  channels?: readonly NotificationChannel[];
  to: Recipient;
  values: Partial<Record<TemplateVariable, string>>;
  templates: TemplateSet;
  quietHours: QuietHours | null;
  now: Date;
}): CustomerMessage[] {
  const out: CustomerMessage[] = [];
  for (const channel of input.channels ?? CUSTOMER_CHANNELS) {
    const t = input.templates[`${input.event}:${channel}`];
    const recipient = recipientFor(channel, input.to);
    if (!t.enabled || !recipient) continue;
    out.push({
      channel,
      recipient,
      template: `customer.${input.event.toLowerCase()}`,
      subject: t.subject ? renderTemplate(t.subject, input.values) : undefined,
      body: renderTemplate(t.body, input.values),
      orderId: input.orderId,
      ...(input.shipmentId
        ? { shipmentId: input.shipmentId }
        : { dedupeKey: `customer.${input.event.toLowerCase()}:${input.orderId}:${channel}` }),
      event: input.event,
      notBefore: channel === "EMAIL" ? input.now : releaseTime(input.now, input.quietHours),
      whatsapp:
        channel === "WHATSAPP"
          ? {
              name: t.whatsappName ?? "",
              language: t.whatsappLanguage ?? "en",
              parameters: placeholdersIn(t.body).map(
                // Meta refuses an empty parameter: a missing value goes as a dash.
                (name) => input.values[name as TemplateVariable] || "-",
              ),
            }
          : null,
    });
  }
  return out;
}
