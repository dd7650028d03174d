import { z } from "zod";

// The `messages` webhook as Meta documents it ("Status messages webhook reference"): status
// updates for messages the business sent arrive under entry[].changes[].value.statuses[], each
// naming the wamid, the status (sent, delivered, read, failed), a Unix timestamp in seconds (a
// string) and, for failed, an `errors` array. Incoming customer messages (value.messages) are
// not Packline's business and are ignored.
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

export const whatsappWebhookSchema = z.object({
  object: z.literal("whatsapp_business_account"),
  entry: z.array(
    z.object({
      id: z.string(),
      changes: z.array(
        z.object({
          field: z.string(),
          value: z.object({ statuses: z.array(status).optional() }).loose(),
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
