import { gstinShapeProblem } from "./gstin";
import { pincode } from "./indian-contact";
import { z } from "./zod";

// Admin → Pickup locations (/admin/locations, /api/admin/pickup-locations…). The address goes to
// every courier as it is typed here, so the limits are the tightest of theirs: Shiprocket takes
// a 36-character nickname and an 80-character address line.

export const WEEKDAYS = ["MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN"] as const;
export type Weekday = (typeof WEEKDAYS)[number];

const blankToNull = (v: unknown) =>
  v === undefined || (typeof v === "string" && v.trim() === "") ? null : v;

const text = (what: string, max: number) =>
  z
    .string({ error: `Enter the ${what}.` })
    .trim()
    .min(1, `Enter the ${what}.`)
    .max(max, `Keep the ${what} to ${max} characters or fewer.`);

const clock = z
  .string({ error: "Enter a time as HH:MM (24-hour, IST)." })
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, "Enter a time as HH:MM (24-hour, IST), e.g. 09:30.");

/** Opening hours per weekday in IST; a day left out is closed. */
export const openingHoursSchema = z
  .partialRecord(
    z.enum(WEEKDAYS, { error: "Weekdays are MON, TUE, WED, THU, FRI, SAT and SUN." }),
    z
      .object({ open: clock, close: clock })
      .strict()
      .refine((d) => d.open < d.close, "A day's closing time must be after its opening time."),
  )
  .refine((h) => Object.keys(h).length > 0, "Open the location on at least one day of the week.");
export type OpeningHours = z.output<typeof openingHoursSchema>;

export const pickupLocationBody = z
  .object({
    name: text("location name", 36).regex(
      /^[A-Za-z0-9][A-Za-z0-9 .,&()/-]*$/,
      "Use letters, digits, spaces and . , & ( ) / - in the location name.",
    ),
    line1: text("address line 1", 80),
    line2: z.preprocess(blankToNull, text("address line 2", 80).nullable()),
    city: text("city", 60),
    state: text("state", 60),
    pincode,
    contactName: text("contact name", 60),
    contactPhone: z
      .string({ error: "Enter the contact's 10-digit mobile number." })
      .trim()
      .regex(/^[6-9]\d{9}$/, "Enter the contact's 10-digit mobile number, starting with 6–9."),
    contactEmail: z.preprocess(
      blankToNull,
      z.email("Enter the contact's e-mail address, like ops@example.com.").max(120).nullable(),
    ),
    gstin: z.preprocess(
      blankToNull,
      z
        .string()
        .trim()
        .superRefine((v, ctx) => {
          const problem = gstinShapeProblem(v);
          if (problem) ctx.addIssue({ code: "custom", message: `${problem}.` });
        })
        .transform((v) => v.toUpperCase())
        .nullable(),
    ),
    openingHours: openingHoursSchema,
  })
  .strict();
export type PickupLocationBody = z.output<typeof pickupLocationBody>;

export const pickupLocationParams = z.object({ id: z.string().min(1).max(100) });

export const pickupRegistrationParams = z.object({
  id: z.string().min(1).max(100),
  accountId: z.string().min(1).max(100),
});

export const pickupRuleBody = z
  .object({
    pincodePrefix: z
      .string({ error: "Enter the first 1 to 6 digits of the destination pincodes." })
      .trim()
      .regex(/^\d{1,6}$/, "Enter the first 1 to 6 digits of the destination pincodes."),
    pickupLocationId: z.string({ error: "Choose the location." }).min(1, "Choose the location."),
  })
  .strict();

/** Ops' choice on the order page: a location id, or null to let the rules decide. */
export const orderPickupLocationBody = z
  .object({ pickupLocationId: z.string().min(1).max(100).nullable() })
  .strict();

export const pickupRuleParams = z.object({ ruleId: z.string().min(1).max(100) });

export const pickupLocationActiveBody = z
  .object({ active: z.boolean({ error: "Say whether the location is active (true or false)." }) })
  .strict();
