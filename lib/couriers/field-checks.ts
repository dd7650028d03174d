import { CourierError } from "@/lib/errors/courier-error";
import type { Address, CourierCode, Parcel } from "./types";
import { normaliseIndianPhone } from "@/lib/validation/indian-contact";

// Checks every mapper runs before a courier is called: a courier that rejects a booking after
// the parcel is packed costs a re-print and a missed pickup, so bad data stops here, by field.

/** Collects field problems so one validation error names all of them. */
export class FieldProblems {
  private readonly problems: string[] = [];

  add(field: string, message: string): void {
    this.problems.push(`${field}: ${message}`);
  }

  get count(): number {
    return this.problems.length;
  }

  throwIfAny(courier: CourierCode): void {
    if (this.problems.length === 0) return;
    throw new CourierError({
      courier,
      kind: "validation",
      message: `Cannot book with ${courier}: ${this.problems.join("; ")}`,
      courierMessage: this.problems.join("; "),
    });
  }
}

/** Indian mobile numbers as the couriers want them: 10 digits, no +91 or leading 0. */
export function normalisePhone(raw: string): string | null {
  return normaliseIndianPhone(raw)?.slice(3) ?? null;
}

export function isPincode(value: string): boolean {
  return /^[1-9]\d{5}$/.test(value);
}

/** Joins address parts into one field, or reports the field that makes it too long. */
export function joinWithin(
  parts: { field: string; value: string | null | undefined }[],
  limit: number,
  problems: FieldProblems,
): string {
  const present = parts.filter((p) => p.value && p.value.trim() !== "");
  const joined = present.map((p) => p.value!.trim().replace(/\s+/g, " ")).join(", ");
  if (joined.length > limit) {
    const longest = present.reduce((a, b) => (b.value!.length > a.value!.length ? b : a));
    problems.add(
      longest.field,
      `address is ${joined.length} characters; the courier accepts at most ${limit} — shorten it`,
    );
  }
  return joined;
}

export interface CheckedAddress {
  name: string;
  /** line1, line2 and landmark joined into the one address field couriers take */
  address: string;
  pincode: string;
  city: string;
  state: string;
  /** 10 digits, or "" when the number was refused */
  phone: string;
}

/** The checks every courier with a single address field needs, reported under `field`. */
export function checkAddress(
  address: Address,
  field: string,
  addressMax: number,
  problems: FieldProblems,
): CheckedAddress {
  const phone = normalisePhone(address.phone);
  if (!phone)
    problems.add(`${field}.phone`, `"${address.phone}" is not a 10-digit Indian mobile number`);
  if (!isPincode(address.pincode))
    problems.add(`${field}.pincode`, `"${address.pincode}" is not a 6-digit pincode`);
  if (!address.name.trim()) problems.add(`${field}.name`, "is required");
  if (!address.city.trim()) problems.add(`${field}.city`, "is required");
  if (!address.state.trim()) problems.add(`${field}.state`, "is required");
  const joined = joinWithin(
    [
      { field: `${field}.line1`, value: address.line1 },
      { field: `${field}.line2`, value: address.line2 },
      { field: `${field}.landmark`, value: address.landmark },
    ],
    addressMax,
    problems,
  );
  if (!joined) problems.add(`${field}.line1`, "is required");
  return {
    name: address.name.trim(),
    address: joined,
    pincode: address.pincode,
    city: address.city.trim(),
    state: address.state.trim(),
    phone: phone ?? "",
  };
}

/** Length, breadth and height each between 1 and `maxSideCm` centimetres. */
export function checkParcelSides(parcel: Parcel, maxSideCm: number, problems: FieldProblems): void {
  for (const [name, value] of [
    ["lengthCm", parcel.lengthCm],
    ["breadthCm", parcel.breadthCm],
    ["heightCm", parcel.heightCm],
  ] as const)
    if (!(value > 0) || value > maxSideCm)
      problems.add(`parcel.${name}`, `must be between 1 and ${maxSideCm} cm`);
}

/**
 * Wraps text onto as many lines as the courier has, breaking between words, so nothing is cut.
 * Returns null when it cannot fit; the caller reports the field.
 */
export function wrapLines(text: string, lineLimits: number[]): string[] | null {
  const words = text.trim().replace(/\s+/g, " ").split(" ").filter(Boolean);
  const lines: string[] = [];
  let index = 0;
  for (const limit of lineLimits) {
    let line = "";
    while (index < words.length) {
      const word = words[index]!;
      if (word.length > limit) return null;
      const next = line ? `${line} ${word}` : word;
      if (next.length > limit) break;
      line = next;
      index++;
    }
    lines.push(line);
    if (index >= words.length) break;
  }
  return index >= words.length ? lines : null;
}

/** Rupees as the couriers' JSON wants them, from Packline's paise. */
export function paiseToRupees(paise: number): number {
  return Math.round(paise) / 100;
}

/**
 * The checks a pickup-location registration makes before calling the courier, by its limits;
 * returns the phone as the courier wants it.
 */
export function checkPickupLocation(
  courier: CourierCode,
  request: { name: string; address: Address },
  limits: { nameMax: number; lineMax: number; needsEmail: boolean },
): string {
  const { address } = request;
  const phone = normalisePhone(address.phone);
  const problems = [
    !request.name.trim() && "the location needs a name",
    request.name.length > limits.nameMax && `the name is over ${limits.nameMax} characters`,
    !phone && `"${address.phone}" is not a 10-digit mobile number`,
    !isPincode(address.pincode) && `"${address.pincode}" is not a 6-digit pincode`,
    limits.needsEmail && !address.email && "the contact's e-mail address is required",
    address.line1.length > limits.lineMax && `address line 1 is over ${limits.lineMax} characters`,
  ].filter((p): p is string => typeof p === "string");
  if (problems.length || !phone)
    throw new CourierError({
      courier,
      kind: "validation",
      message: `Not sent to ${courier}: ${problems.join("; ")}.`,
      courierMessage: problems.join("; "),
    });
  return phone;
}
