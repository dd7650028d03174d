// A USB scale is a keyboard: it types the reading into the focused field, then Enter or a unit.
// Readings come as "1.250 kg", "1250 g", "1250g", "1,250 g" or bare: a whole number is grams
// ("1250"), one with a decimal point is kilograms ("1.250"), as scales print them. A typed weight
// follows the same rules.

export type ScaleReading = { ok: true; grams: number } | { ok: false; message: string };

// The heaviest parcel a surface courier takes from a bench is far below this; anything above is
// a misread (two readings run together) rather than a parcel.
const MAX_GRAMS = 100_000;

const READING = /^(\d+(?:[.,]\d+)?)\s*(kg|kgs|g|gm|gms|gram|grams)?$/i;

export function parseScaleWeight(raw: string): ScaleReading {
  const text = raw.trim().replace(/(\d),(\d{3})(?!\d)/g, "$1$2");
  const match = READING.exec(text);
  if (!match)
    return {
      ok: false,
      message: `"${raw.trim()}" is not a weight: enter it like 1250 g or 1.25 kg.`,
    };
  const digits = match[1]!.replace(",", ".");
  const unit = (match[2] ?? (digits.includes(".") ? "kg" : "g")).toLowerCase();
  const number = Number(digits);
  const grams = Math.round(unit.startsWith("k") ? number * 1000 : number);
  if (grams < 1) return { ok: false, message: "The weight must be at least 1 g." };
  if (grams > MAX_GRAMS)
    return { ok: false, message: `${grams} g is more than a parcel weighs: weigh it again.` };
  return { ok: true, grams };
}
