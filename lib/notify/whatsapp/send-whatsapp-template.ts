import { z } from "zod";
import { DeliveryError } from "../delivery-error";
import type { WhatsAppConfig } from "./whatsapp-settings";

export interface WhatsAppTemplateMessage {
  /** E.164, e.g. +919876543210; Meta takes the digits without the plus */
  to: string;
  name: string;
  language: string;
  parameters: string[];
  /** payloads of the template's quick-reply buttons, in their order; Meta returns the tapped one */
  quickReplies?: string[];
}

// Cloud API answer to POST /{version}/{phone-number-id}/messages (Meta, "Send messages" /
// WhatsAppMessageResponse): the contact it resolved and the message id (wamid.…) that the
// status webhooks will name.
const accepted = z.object({
  messaging_product: z.literal("whatsapp"),
  contacts: z.array(z.object({ input: z.string(), wa_id: z.string() })).optional(),
  messages: z.array(z.object({ id: z.string().min(1) })).min(1),
});

// Graph API error envelope (Meta, "WhatsApp error codes" / Graph API error handling).
const failed = z.object({
  error: z.object({
    message: z.string(),
    type: z.string().optional(),
    code: z.number(),
    error_subcode: z.number().optional(),
    error_data: z.object({ details: z.string().optional() }).partial().optional(),
    fbtrace_id: z.string().optional(),
  }),
});

// Codes Meta documents as "try again later": throttling (4, 80007, 130429, 131048, 131056),
// temporary service errors (1, 2, 131000, 133004), all worth a retry with backoff.
const TRANSIENT_CODES = new Set([1, 2, 4, 80007, 130429, 131000, 131048, 131056, 133004]);

/** Sends one approved template message; returns Meta's message id (wamid.…). */
export async function sendWhatsAppTemplate(
  config: WhatsAppConfig,
  message: WhatsAppTemplateMessage,
): Promise<string> {
  if (!message.name)
    throw new DeliveryError("No WhatsApp template name is set for this event.", {
      transient: false,
    });
  const url = `${config.baseUrl}/${config.apiVersion}/${encodeURIComponent(config.phoneNumberId)}/messages`;
  let response: Response;
  try {
    response = await fetch(url, {
      method: "POST",
      headers: {
        authorization: `Bearer ${config.accessToken}`,
        "content-type": "application/json",
      },
      body: JSON.stringify({
        messaging_product: "whatsapp",
        recipient_type: "individual",
        to: message.to.replace(/^\+/, ""),
        type: "template",
        template: {
          name: message.name,
          language: { code: message.language },
          components: [
            ...(message.parameters.length
              ? [
                  {
                    type: "body",
                    parameters: message.parameters.map((text) => ({ type: "text", text })),
                  },
                ]
              : []),
            // Meta: a quick_reply button component per button, by index, with its payload.
            ...(message.quickReplies ?? []).map((payload, index) => ({
              type: "button",
              sub_type: "quick_reply",
              index: String(index),
              parameters: [{ type: "payload", payload }],
            })),
          ],
        },
      }),
      signal: AbortSignal.timeout(15_000),
    });
  } catch (error) {
    throw new DeliveryError(`WhatsApp could not be reached: ${(error as Error).message}`, {
      transient: true,
      cause: error,
    });
  }
  const body: unknown = await response.json().catch(() => null);
  const ok = accepted.safeParse(body);
  if (response.ok && ok.success) return ok.data.messages[0]!.id;
  const err = failed.safeParse(body);
  if (!err.success)
    throw new DeliveryError(`WhatsApp answered HTTP ${response.status} without an error body.`, {
      transient: response.status >= 500 || response.status === 429 || response.ok,
    });
  const { code, message: text, error_data } = err.data.error;
  const details = error_data?.details ? ` (${error_data.details})` : "";
  throw new DeliveryError(`WhatsApp refused the message: ${text}${details} [code ${code}]`, {
    transient: TRANSIENT_CODES.has(code) || response.status >= 500,
  });
}
