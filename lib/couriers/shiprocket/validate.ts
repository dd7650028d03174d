import { CourierError } from "@/lib/errors/courier-error";
import type { Address, Parcel } from "../types";
import { normalisePhone as normaliseTenDigits } from "../field-checks";

/**
 * Shiprocket's limits, checked before any call so a bad order fails with a clear reason instead
 * of a vague 422. Field lengths follow the create-order parameter table (order_id ≤ 50,
 * billing_city ≤ 30); dimensions "must be more than 0.5" cm and weight more than 0 kg.
 */
export const limits = {
  orderIdChars: 50,
  addressChars: 190,
  cityChars: 30,
  nameChars: 50,
  minDimensionCm: 0.5,
  maxDimensionCm: 300,
  maxWeightGrams: 100_000,
  // Shiprocket's courier partners cap cash on delivery at ₹50,000 per parcel.
  maxCodPaise: 5_000_000,
} as const;

export function invalid(message: string): CourierError {
  return new CourierError({ courier: "SHIPROCKET", kind: "validation", message });
}

/** 10-digit Indian mobile: drops +91 / 91 / 0 prefixes, spaces and dashes. */
export function normalisePhone(raw: string, field: string): string {
  const digits = normaliseTenDigits(raw);
  if (!digits) throw invalid(`${field}: "${raw}" is not a 10-digit Indian mobile number.`);
  return digits;
}

export function checkPincode(pincode: string, field: string): string {
  const trimmed = pincode.trim();
  if (!/^[1-9]\d{5}$/.test(trimmed))
    throw invalid(`${field}: pincode "${pincode}" must be 6 digits.`);
  return trimmed;
}

/** Splits text at word boundaries into lines of at most `width` characters. */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (word.length > width) throw invalid(`Address word "${word.slice(0, 20)}…" is too long.`);
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * Fits Packline's line1, line2 and landmark into Shiprocket's two address fields, wrapping at
 * words so nothing is cut; an address that cannot fit is refused with its length.
 */
export function fitAddress(address: Address, field: string): { line1: string; line2: string } {
  const whole = [address.line1, address.line2, address.landmark && `Near ${address.landmark}`]
    .filter((part): part is string => Boolean(part && part.trim()))
    .join(", ");
  if (whole.trim().length < 3) throw invalid(`${field}: the address is empty.`);
  const first = [address.line1, address.line2].filter(Boolean).join(", ");
  const rest = address.landmark ? `Near ${address.landmark}` : "";
  if (first.length <= limits.addressChars && rest.length <= limits.addressChars)
    return { line1: first, line2: rest };
  const lines = wrap(whole, limits.addressChars);
  if (lines.length > 2)
    throw invalid(
      `${field}: the address is ${whole.length} characters; Shiprocket takes at most ` +
        `${limits.addressChars * 2} in two lines. Shorten it.`,
    );
  return { line1: lines[0] ?? "", line2: lines[1] ?? "" };
}

export function checkText(value: string, max: number, field: string): string {
  const trimmed = value.trim();
  if (!trimmed) throw invalid(`${field} is required.`);
  if (trimmed.length > max)
    throw invalid(`${field} is ${trimmed.length} characters; Shiprocket takes at most ${max}.`);
  return trimmed;
}

/** Grams and centimetres → Shiprocket's kilograms and centimetres, within its limits. */
export function checkParcel(parcel: Parcel): Parcel {
  const { weightGrams, lengthCm, breadthCm, heightCm } = parcel;
  if (!Number.isFinite(weightGrams) || weightGrams <= 0)
    throw invalid(`Parcel weight must be more than 0 g (got ${weightGrams}).`);
  if (weightGrams > limits.maxWeightGrams)
    throw invalid(
      `Parcel weight ${weightGrams} g is over the ${limits.maxWeightGrams / 1000} kg limit.`,
    );
  for (const [name, cm] of [
    ["length", lengthCm],
    ["breadth", breadthCm],
    ["height", heightCm],
  ] as const) {
    if (!Number.isFinite(cm) || cm <= limits.minDimensionCm || cm > limits.maxDimensionCm)
      throw invalid(
        `Parcel ${name} must be more than ${limits.minDimensionCm} cm and at most ` +
          `${limits.maxDimensionCm} cm (got ${cm}).`,
      );
  }
  return parcel;
}

export const gramsToKg = (grams: number): number => Math.round(grams) / 1000;
export const paiseToRupees = (paise: number): number => Math.round(paise) / 100;
