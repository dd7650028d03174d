import { z } from "./zod";

/** Any way people write an Indian mobile number → E.164 `+91XXXXXXXXXX`, or null if it is not one. */
export function normaliseIndianPhone(input: string): string | null {
  const digits = input.replace(/\D/g, "");
  const national =
    digits.length === 10
      ? digits
      : digits.length === 11 && digits.startsWith("0")
        ? digits.slice(1)
        : digits.length === 12 && digits.startsWith("91")
          ? digits.slice(2)
          : null;
  return national && /^[6-9]\d{9}$/.test(national) ? `+91${national}` : null;
}

export const indianPhone = z
  .string()
  .trim()
  .transform((value, ctx) => {
    const phone = normaliseIndianPhone(value);
    if (!phone) {
      ctx.addIssue({
        code: "custom",
        message: "Enter a 10-digit Indian mobile number starting with 6, 7, 8 or 9.",
      });
      return z.NEVER;
    }
    return phone;
  });

export const pincode = z
  .string()
  .trim()
  .regex(/^[1-9]\d{5}$/, "A pincode is 6 digits and does not start with 0.");
