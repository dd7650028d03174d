import { z } from "./zod";
import { indianPhone } from "./indian-contact";

// absent keeps the stored secret; null ("Remove") is refused, WhatsApp cannot work without it
const secret = (what: string) =>
  z
    .string()
    .trim()
    .min(8, `The ${what} is at least 8 characters.`)
    .max(1000, `The ${what} is under 1,000 characters.`)
    .nullable()
    .optional()
    .refine(
      (v) => v !== null,
      `WhatsApp needs the ${what}: type a new one instead of removing it.`,
    );

/** Admin → WhatsApp: the Cloud API account Packline sends customer messages through. */
export const whatsappSettingsInput = z.strictObject({
  baseUrl: z.url({
    protocol: /^https?$/,
    message: "Enter the Graph API address, like https://graph.facebook.com.",
  }),
  apiVersion: z.string().regex(/^v\d{1,3}\.\d{1,2}$/, "Use a Graph API version like v23.0."),
  phoneNumberId: z
    .string()
    .trim()
    .regex(/^\d{5,20}$/, "The phone number id is the digits Meta shows under API Setup."),
  accessToken: secret("access token"),
  appSecret: secret("app secret"),
  verifyToken: secret("verify token"),
});
export type WhatsAppSettingsInput = z.infer<typeof whatsappSettingsInput>;

export const testWhatsAppInput = z.strictObject({ to: indianPhone });

// Meta's verification request (lib/notify/whatsapp/answer-whatsapp-handshake.ts); a wrong or
// missing value is Meta's 403, not a 422, so only lengths are bounded here.
const hubValue = z.string().max(500, "Keep hub parameters under 500 characters.").optional();
export const whatsappHandshakeQuery = z.object({
  "hub.mode": hubValue,
  "hub.verify_token": hubValue,
  "hub.challenge": hubValue,
});
