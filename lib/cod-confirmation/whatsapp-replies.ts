import type { Tx } from "@/lib/db";
import type { WhatsAppIncoming } from "@/lib/notify/whatsapp/whatsapp-webhook-schema";
import type { ConfirmationAnswer } from "@/lib/validation/cod-confirmation";
import { readQuickReply } from "./confirmation-messages";
import { applyAnswer } from "./record-answer";

// Words a buyer types back instead of tapping a button, in English and Hinglish; anything else is
// left for a person to read.
const YES = new Set(["yes", "y", "confirm", "confirmed", "ok", "okay", "haan", "han", "ha", "ji"]);
const NO = new Set(["no", "n", "cancel", "cancelled", "nahi", "nahin", "na", "mat"]);

export function answerOfText(text: string): ConfirmationAnswer | null {
  const word = text
    .trim()
    .toLowerCase()
    .replace(/[^a-z ]/g, "")
    .trim();
  if (YES.has(word)) return "CONFIRM";
  if (NO.has(word)) return "CANCEL";
  return null;
}

export interface AppliedReply {
  orderId: string;
  answer: ConfirmationAnswer;
}

/**
 * Applies buyers' replies to COD confirmation messages, in the webhook's transaction. A quick
 * reply names its order in the payload Packline sent; a typed yes/no names the message replied
 * to (context.id, our wamid) or, failing that, the buyer's number's one order awaiting an answer.
 * Each reply's own wamid is kept (unique), so a redelivery applies nothing; an order already
 * answered or decided by ops is left as it is. Returns the cancels, which the caller completes
 * after commit (cancelHeldOrder).
 */
export async function applyWhatsAppReplies(
  tx: Tx,
  messages: WhatsAppIncoming[],
): Promise<{ applied: number; cancels: AppliedReply[] }> {
  let applied = 0;
  const cancels: AppliedReply[] = [];
  for (const m of messages) {
    const reply = await readReply(tx, m);
    if (!reply) continue;
    const seen = await tx.codConfirmationEvent.findUnique({
      where: { replyRef: m.id },
      select: { id: true },
    });
    if (seen) continue;
    const result = await applyAnswer(tx, {
      orderId: reply.orderId,
      answer: reply.answer,
      via: "WHATSAPP",
      actor: { label: "buyer" },
      note: `WhatsApp reply: “${(m.button?.text ?? m.interactive?.button_reply?.title ?? m.text?.body ?? "").slice(0, 100)}”`,
      replyRef: m.id,
      now: new Date(Number(m.timestamp) * 1000),
    });
    if (!result.applied) continue;
    applied += 1;
    if (reply.answer === "CANCEL") cancels.push(reply);
  }
  return { applied, cancels };
}

async function readReply(tx: Tx, m: WhatsAppIncoming): Promise<AppliedReply | null> {
  const payload = m.button?.payload ?? m.interactive?.button_reply?.id;
  if (payload) return readQuickReply(payload);
  const answer = m.text ? answerOfText(m.text.body) : null;
  if (!answer) return null;
  if (m.context?.id) {
    const sent = await tx.notification.findFirst({
      where: { providerRef: m.context.id, channel: "WHATSAPP", event: "COD_CONFIRMATION" },
      select: { orderId: true },
    });
    if (sent?.orderId) return { orderId: sent.orderId, answer };
  }
  // Without context, only an unambiguous match: one order of this number waiting for an answer.
  const waiting = await tx.order.findMany({
    where: {
      customerPhone: `+${m.from}`,
      codConfirmation: { in: ["AWAITING", "NO_ANSWER"] },
    },
    select: { id: true },
    take: 2,
  });
  return waiting.length === 1 ? { orderId: waiting[0]!.id, answer } : null;
}
