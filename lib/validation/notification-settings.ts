import { z } from "./zod";
import { indianPhone } from "./indian-contact";

// Admin → e-mail/SMS settings. Secrets (SMTP password, SMS auth key) are write-only: absent keeps
// the stored one, null clears it, a string replaces it.
const secretInput = z.string().min(1).max(500).nullable().optional();

export const smtpSettingsInput = z.object({
  host: z.string().trim().min(1, "Enter the SMTP server's host name").max(253),
  port: z
    .number({ error: "Enter the port, e.g. 587 for STARTTLS or 465 for TLS" })
    .int("The port is a whole number")
    .min(1, "The port is between 1 and 65535")
    .max(65_535, "The port is between 1 and 65535"),
  /** TLS from the first byte (port 465); false means STARTTLS when the server offers it */
  secure: z.boolean(),
  user: z.string().trim().max(320).nullable().optional(),
  password: secretInput,
  from: z
    .string()
    .trim()
    .max(320, "The sender address is too long")
    .regex(
      /^(?:[^<>]*<[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+>|[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+)$/,
      "Enter the sender as reports@shop.in or Packline <reports@shop.in>",
    ),
});

export const smsSettingsInput = z.object({
  /** MSG91-style gateway base URL; the sandbox serves one at <SANDBOX_URL>/sms */
  baseUrl: z.string().trim().url("Enter the SMS gateway's URL"),
  senderId: z
    .string()
    .trim()
    .regex(/^[A-Z]{6}$/, "A DLT sender id is 6 capital letters, e.g. PKLINE"),
  dltTemplateId: z
    .string()
    .trim()
    .regex(/^\d{19}$/, "A DLT template id is 19 digits")
    .nullable()
    .optional(),
  authKey: secretInput,
});

export const notificationSettingsInput = z.object({
  smtp: smtpSettingsInput.nullable(),
  sms: smsSettingsInput.nullable(),
  recipients: z.object({
    emails: z
      .array(z.string().trim().toLowerCase().email("Enter valid e-mail addresses"))
      .max(20, "At most 20 e-mail recipients"),
    phones: z.array(indianPhone).max(20, "At most 20 SMS recipients"),
  }),
});

export type NotificationSettingsInput = z.infer<typeof notificationSettingsInput>;

// Admin → "Send test e-mail / SMS": one message to an address the admin types.
export const testEmailInput = z.object({
  to: z.string().trim().toLowerCase().email("Enter the e-mail address to send the test to"),
});

export const testSmsInput = z.object({ to: indianPhone });

export type TestEmailInput = z.infer<typeof testEmailInput>;
export type TestSmsInput = z.infer<typeof testSmsInput>;
