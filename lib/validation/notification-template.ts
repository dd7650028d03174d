import { z } from "./zod";

const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "Use a 24-hour time like 21:00.");

/** One customer template as the admin saves it (lib/notify/customer/save-template.ts). */
export const notificationTemplateInput = z.strictObject({
  event: z.string().min(1).max(40),
  channel: z.enum(["EMAIL", "SMS", "WHATSAPP"], { message: "Choose e-mail, SMS or WhatsApp." }),
  enabled: z.boolean(),
  subject: z
    .string()
    .trim()
    .max(200, "Keep the subject under 200 characters.")
    .nullable()
    .optional(),
  body: z
    .string()
    .trim()
    .min(1, "Write the message.")
    .max(4000, "Keep the message under 4,000 characters."),
  whatsappName: z
    .string()
    .regex(/^[a-z0-9_]{1,512}$/, "WhatsApp template names are lowercase letters, digits and _.")
    .nullable()
    .optional(),
  whatsappLanguage: z
    .string()
    .regex(/^[a-z]{2,3}(_[A-Z]{2})?$/, "Use a WhatsApp language code like en or en_US.")
    .nullable()
    .optional(),
});
export type NotificationTemplateInput = z.infer<typeof notificationTemplateInput>;

export const customerNotificationSettingsInput = z.strictObject({
  quietHours: z.strictObject({ start: hhmm, end: hhmm }).nullable(),
});
