import { env } from "@/lib/env";
import {
  buildCustomerMessages,
  type CustomerMessage,
} from "@/lib/notify/customer/build-customer-messages";
import type { TemplateSet } from "@/lib/notify/customer/load-templates";
import type { QuietHours } from "@/lib/notify/customer/quiet-hours";
import type { CodConfirmationChannel } from "@/lib/validation/cod-confirmation";
import { formatRupees } from "@/lib/warehouse/format";
import { confirmationLinkPath } from "./confirmation-link";

export interface OrderToConfirm {
  id: string;
  number: string;
  customerName: string;
  customerEmail: string | null;
  customerPhone: string;
  codAmountPaise: number;
}

/** The quick-reply payloads of the WhatsApp template's Confirm and Cancel buttons, in that order. */
export function quickReplyPayloads(orderId: string): [string, string] {
  return [`cod-confirm:${orderId}`, `cod-cancel:${orderId}`];
}

/** What a tapped button's payload says, or null for a payload that is not ours. */
export function readQuickReply(
  payload: string,
): { orderId: string; answer: "CONFIRM" | "CANCEL" } | null {
  const match = /^cod-(confirm|cancel):([A-Za-z0-9_-]{1,64})$/.exec(payload);
  if (!match) return null;
  return { orderId: match[2]!, answer: match[1] === "confirm" ? "CONFIRM" : "CANCEL" };
}

/**
 * The confirmation messages for one order, on the rule's channels, through the customer
 * templates (editable under Admin → Notifications, event "Confirm COD order"). SMS carries the
 * link to the buyer's page; WhatsApp's approved template adds Confirm and Cancel quick replies.
 */
export function confirmationMessages(input: {
  order: OrderToConfirm;
  channels: readonly CodConfirmationChannel[];
  templates: TemplateSet;
  quietHours: QuietHours | null;
  now: Date;
}): CustomerMessage[] {
  const { order } = input;
  const base = env().NEXTAUTH_URL ?? "http://localhost:3000";
  const page = new URL(confirmationLinkPath(order.id, input.now), base);
  const cancel = new URL(page);
  cancel.searchParams.set("answer", "cancel");
  const messages = buildCustomerMessages({
    event: "COD_CONFIRMATION",
    shipmentId: null,
    orderId: order.id,
    channels: input.channels,
    to: { email: order.customerEmail, phone: order.customerPhone },
    values: {
      customerName: order.customerName.trim().split(/\s+/)[0] ?? "",
      orderNumber: order.number,
      codAmount: formatRupees(order.codAmountPaise),
      confirmUrl: page.toString(),
      cancelUrl: cancel.toString(),
    },
    templates: input.templates,
    quietHours: input.quietHours,
    now: input.now,
  });
  return messages.map((m) =>
    m.whatsapp
      ? { ...m, whatsapp: { ...m.whatsapp, quickReplies: quickReplyPayloads(order.id) } }
      : m,
  );
}
