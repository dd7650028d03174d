import { z } from "zod";

// The `messages` webhook as Meta documents it ("Status messages webhook reference"): status
// updates for messages the business sent arrive under entry[].changes[].value.statuses[], each
// naming the wamid, the status (sent, delivered, read, failed), a Unix timestamp in seconds (a
// string) and, for failed, an `errors` array. Incoming customer messages arrive under
// value.messages[] ("Messages webhook reference"): `from` (the buyer's number, digits), `id`
// (their wamid), `type`, and per type `text.body`, `button.{payload,text}` (a template's quick
// reply) or `interactive.button_reply.{id,title}`, with `context.id` naming the business message
// replied to. Packline reads them for COD confirmation replies (lib/cod-confirmation) only.
const status = z.object({
  id: z.string().min(1).max(200),
  status: z.string().min(1).max(40),
  timestamp: z.string().regex(/^\d{1,12}$/, "timestamp must be Unix seconds"),
  recipient_id: z.string().optional(),
  errors: z
    .array(
      z.object({ code: z.number(), title: z.string().optional(), message: z.string().optional() }),
    )
    .optional(),
});

const incoming = z
  .object({
    from: z.string().regex(/^\d{6,15}$/, "from must be a phone number, digits only"),
    id: z.string().min(1).max(200),
    timestamp: z.string().regex(/^\d{1,12}$/, "timestamp must be Unix seconds"),
    type: z.string().min(1).max(40),
    context: z
      .object({ id: z.string().max(200).optional() })
      .loose()
      .optional(),
    text: z.object({ body: z.string().max(4096) }).optional(),
    button: z
      .object({ payload: z.string().max(256).optional(), text: z.string().max(256) })
      .optional(),
    interactive: z
      .object({
        type: z.string(),
        button_reply: z.object({ id: z.string().max(256), title: z.string().max(256) }).optional(),
      })
      .loose()
      .optional(),
  })
  .loose();

export const whatsappWebhookSchema = z.object({
  object: z.literal("whatsapp_business_account"),
  entry: z.array(
    z.object({
      id: z.string(),
      changes: z.array(
        z.object({
          field: z.string(),
          value: z
            .object({
              statuses: z.array(status).optional(),
              messages: z.array(incoming).optional(),
            })
            .loose(),
        }),
      ),
    }),
  ),
});

export type WhatsAppStatus = z.infer<typeof status>;

export function statusesIn(body: z.infer<typeof whatsappWebhookSchema>): WhatsAppStatus[] {
  return body.entry.flatMap((e) =>
    e.changes.flatMap((c) => (c.field === "messages" ? (c.value.statuses ?? []) : [])),
  );
}

export type WhatsAppIncoming = z.infer<typeof incoming>;

export function messagesIn(body: z.infer<typeof whatsappWebhookSchema>): WhatsAppIncoming[] {
  return body.entry.flatMap((e) =>
    e.changes.flatMap((c) => (c.field === "messages" ? (c.value.messages ?? []) : [])),
  );
}
