import { db, type Tx } from "@/lib/db";
import { getCustomerNotificationSettings } from "@/lib/notify/customer/customer-settings";
import { loadTemplates } from "@/lib/notify/customer/load-templates";
import { queueNotifications } from "@/lib/notify/queue-notification";
import type { CodConfirmationRule } from "@/lib/validation/cod-confirmation";
import { getCodConfirmationRule } from "./cod-confirmation-rule";
import { changeConfirmation } from "./confirmation-history";
import { confirmationMessages } from "./confirmation-messages";
import { decideRule } from "./rule-decision";

const HOUR_MS = 3_600_000;

/**
 * Applies the admin's rule to COD orders placed while it was on (held CHECKING by the database
 * on insert, whatever inserted them), oldest first. Runs after the inserting transaction, so the
 * RTO risk score written there is read here. A selected order becomes AWAITING with its deadline
 * and its messages queued in the same transaction (the delivery job sends them; no network here);
 * one the rule leaves out goes to the floor, its history saying why. An order nobody can be
 * messaged about goes straight to ops (NO_ANSWER). Claimed FOR UPDATE SKIP LOCKED, so two
 * workers never handle the same order.
 */
export async function checkPlacedOrders(
  options: { now?: Date; limit?: number } = {},
): Promise<{ asked: number; released: number; toOps: number }> {
  const now = options.now ?? new Date();
  return db.$transaction(async (tx) => {
    const orders = await tx.$queryRaw<Claimed[]>`
      SELECT id, number, status::text AS status, "paymentMethod"::text AS "paymentMethod",
        "codAmountPaise", "rtoRiskScore", "customerName", "customerEmail", "customerPhone"
      FROM "Order" WHERE "codConfirmation" = 'CHECKING'
      ORDER BY "placedAt", id LIMIT ${options.limit ?? 200}
      FOR UPDATE SKIP LOCKED`;
    const tally = { asked: 0, released: 0, toOps: 0 };
    if (orders.length === 0) return tally;
    const rule = await getCodConfirmationRule(tx);
    const [templates, settings] = await Promise.all([
      loadTemplates(tx),
      getCustomerNotificationSettings(tx),
    ]);
    for (const order of orders) {
      const outcome = await checkOne(tx, { order, rule, templates, settings, now });
      tally[outcome] += 1;
    }
    return tally;
  });
}

interface Claimed {
  id: string;
  number: string;
  status: string;
  paymentMethod: string;
  codAmountPaise: number;
  rtoRiskScore: number | null;
  customerName: string;
  customerEmail: string | null;
  customerPhone: string;
}

const SYSTEM = { label: "cod-confirmation" };

async function checkOne(
  tx: Tx,
  input: {
    order: Claimed;
    rule: CodConfirmationRule;
    templates: Awaited<ReturnType<typeof loadTemplates>>;
    settings: Awaited<ReturnType<typeof getCustomerNotificationSettings>>;
    now: Date;
  },
): Promise<"asked" | "released" | "toOps"> {
  const { order, rule, now } = input;
  const open = order.status === "PLACED" || order.status === "PROCESSING";
  const decision = open
    ? decideRule(rule, order)
    : { selected: false, reason: "The order is no longer open." };
  const from = "CHECKING" as const;
  if (!decision.selected) {
    await changeConfirmation(tx, {
      orderId: order.id,
      from,
      to: "NOT_NEEDED",
      actor: SYSTEM,
      note: decision.reason,
    });
    return "released";
  }
  const messages = confirmationMessages({
    order,
    channels: rule.channels,
    templates: input.templates,
    quietHours: input.settings.quietHours,
    now,
  });
  if (messages.length === 0) {
    await changeConfirmation(
      tx,
      {
        orderId: order.id,
        from,
        to: "NO_ANSWER",
        actor: SYSTEM,
        note: `${decision.reason} No message could be sent (no usable phone, or the templates are off): call the buyer.`,
      },
      { dueAt: now },
    );
    return "toOps";
  }
  // The deadline counts from when the first message may go out (quiet hours hold SMS/WhatsApp).
  const sentAt = Math.min(...messages.map((m) => (m.notBefore ?? now).getTime()));
  const dueAt = new Date(sentAt + rule.deadlineHours * HOUR_MS);
  await changeConfirmation(
    tx,
    { orderId: order.id, from, to: "AWAITING", actor: SYSTEM, note: decision.reason },
    { dueAt },
  );
  await queueNotifications(tx, messages);
  return "asked";
}
