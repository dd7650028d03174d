import { randomBytes } from "node:crypto";
import { z } from "zod";

// A buyer answering a message the sandbox delivered, as Meta's `messages` webhook carries it:
// a tapped quick reply is type "button" with the payload Packline sent for that button; typed
// words are type "text". Both name the message replied to in context.id.
export const replySchema = z
  .object({
    messageId: z.string().min(1),
    button: z.number().int().min(0).max(9).optional(),
    text: z.string().min(1).max(4096).optional(),
    /** repeat the same reply (same wamid): Meta redelivers when an answer is slow */
    times: z.number().int().min(1).max(5).default(1),
  })
  .refine((r) => (r.button === undefined) !== (r.text === undefined), "give button or text");

/** The inbound message object for one reply to `sent`, or why there is none. */
export function buyerReplyMessage(
  sent: { id: string; to: string; quickReplies: string[] },
  reply: z.infer<typeof replySchema>,
): { message: Record<string, unknown> } | { error: string } {
  const payload = reply.button === undefined ? undefined : sent.quickReplies[reply.button];
  if (reply.button !== undefined && !payload)
    return { error: `message ${sent.id} has no button ${reply.button}` };
  return {
    message: {
      context: { from: "15550783881", id: sent.id },
      from: sent.to,
      id: `wamid.${randomBytes(24).toString("base64url")}`,
      timestamp: String(Math.floor(Date.now() / 1000)),
      ...(payload
        ? { type: "button", button: { payload, text: reply.button === 0 ? "Confirm" : "Cancel" } }
        : { type: "text", text: { body: reply.text } }),
    },
  };
}
