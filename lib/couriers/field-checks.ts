import { CourierError } from "@/lib/errors/courier-error";
import type { CourierCode } from "./types";

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
  const digits = raw.replace(/\D/g, "");
  const local =
    digits.length === 12 && digits.startsWith("91")
      ? digits.slice(2)
      : digits.length === 11 && digits.startsWith("0")
        ? digits.slice(1)
        : digits;
  return /^[6-9]\d{9}$/.test(local) ? local : null;
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
