import { z } from "./zod";
import type { DelhiveryCredentials } from "@/lib/couriers/delhivery/client";
import type { EkartCredentials } from "@/lib/couriers/ekart/client";
import type { ShiprocketCredentials } from "@/lib/couriers/shiprocket/client";
import type { CourierCode } from "@/lib/generated/prisma/enums";
import { pincode } from "./indian-contact";

// Admin → Courier accounts form and /api/admin/courier-accounts. Credentials and the webhook
// secret are write-only: they are validated here, stored encrypted and never sent back.

export const COURIER_CODES = ["SHIPROCKET", "EKART", "DELHIVERY"] as const satisfies CourierCode[];

export const COURIER_LABEL: Record<CourierCode, string> = {
  SHIPROCKET: "Shiprocket",
  EKART: "Ekart",
  DELHIVERY: "Delhivery",
};

const filled = (what: string) =>
  z.string().trim().min(1, `Enter the ${what}`).max(200, "At most 200 characters");
// Passwords are kept exactly as typed: a leading or trailing space may be part of one.
const password = z.string().min(1, "Enter the password").max(200, "At most 200 characters");

/** The credentials JSON each adapter reads (see its client.ts), one shape per courier. */
export const credentialSchemas = {
  SHIPROCKET: z.object({
    email: z.string().trim().email("Enter the API user's email"),
    password,
  }) satisfies z.ZodType<ShiprocketCredentials>,
  EKART: z.object({
    clientId: filled("client ID"),
    username: filled("username"),
    password,
  }) satisfies z.ZodType<EkartCredentials>,
  DELHIVERY: z.object({
    token: z.string().trim().min(20, "Paste the full API token").max(200),
    clientName: filled("client name registered with Delhivery"),
  }) satisfies z.ZodType<DelhiveryCredentials>,
} as const;

// Ekart accepts a webhook secret of 6–30 characters; the others take any header value.
const webhookSecretMax: Record<CourierCode, number> = {
  SHIPROCKET: 200,
  EKART: 30,
  DELHIVERY: 200,
};

export function webhookSecretSchema(courier: CourierCode) {
  const max = webhookSecretMax[courier];
  return z
    .string()
    .trim()
    .min(6, "Use at least 6 characters")
    .max(max, `${COURIER_LABEL[courier]} accepts at most ${max} characters`);
}

/** An optional write-only text: empty or absent means "keep what is stored". */
const writeOnly = z
  .string()
  .optional()
  .transform((v) => (v?.trim() ? v : undefined));

const accountFields = {
  name: z.string().trim().min(2, "Give the account a name").max(80, "At most 80 characters"),
  baseUrl: z
    .url({ protocol: /^https?$/, message: "Enter the courier API's http(s) base URL" })
    .max(500, "At most 500 characters")
    .transform((u) => u.replace(/\/+$/, "")),
  pickupPincode: pincode,
  pickupLocationName: z
    .string()
    .trim()
    .max(100, "At most 100 characters")
    .nullish()
    .transform((v) => v || null),
  dryRun: z.boolean(),
  priority: z.coerce
    .number()
    .int("Use a whole number")
    .min(1, "1 is tried first")
    .max(999, "At most 999"),
};

/** The write-only part of an account, checked against the courier's own shapes. */
export function courierSecretsSchema(courier: CourierCode) {
  return z.object({
    credentials: credentialSchemas[courier].optional(),
    webhookSecret: webhookSecretSchema(courier).optional(),
  });
}

// One object per courier, so the credentials' field errors come back with all the others.
const createFor = <C extends CourierCode>(courier: C) =>
  z.object({
    courier: z.literal(courier),
    ...accountFields,
    active: z.boolean().default(true),
    credentials: credentialSchemas[courier],
    webhookSecret: writeOnly.pipe(webhookSecretSchema(courier).optional()),
  });

export const createCourierAccountSchema = z.discriminatedUnion(
  "courier",
  [createFor("SHIPROCKET"), createFor("EKART"), createFor("DELHIVERY")],
  { error: "Choose Shiprocket, Ekart or Delhivery" },
);

export const updateCourierAccountSchema = z
  .object({
    ...accountFields,
    /** present: replaces the stored credentials as a whole */
    credentials: z.record(z.string(), z.string()).optional(),
    webhookSecret: writeOnly,
  })
  .partial()
  .refine((v) => Object.values(v).some((x) => x !== undefined), "Nothing to change");

export const setCourierAccountActiveSchema = z.object({ active: z.boolean() });

export type CreateCourierAccountInput = z.output<typeof createCourierAccountSchema>;
export type UpdateCourierAccountInput = z.output<typeof updateCourierAccountSchema>;
