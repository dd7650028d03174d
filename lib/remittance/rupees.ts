/**
 * Reads an amount in rupees as couriers' reports write it ("1,299.50", "₹ 1299.5", "Rs. 1299",
 * "INR 1,20,000") into integer paise, exactly: the digits are read as text, never through a
 * float, so 0.1 + 0.2 never becomes 30.000000000000004 paise. Returns a sentence when the text
 * is not an amount (negative, more than two decimals, letters).
 */
export function parseRupees(text: string): { paise: number } | { error: string } {
  const bare = text
    .trim()
    .replace(/^(₹|rs\.?|inr)\s*/i, "")
    .replace(/[,\s]/g, "");
  if (bare === "") return { error: "the amount is empty" };
  if (bare.startsWith("-")) return { error: `the amount "${text.trim()}" is negative` };
  const match = /^(\d+)(?:\.(\d{1,2}))?$/.exec(bare);
  if (!match) return { error: `"${text.trim()}" is not an amount in rupees (like 1299.50)` };
  const paise = Number(match[1]) * 100 + Number((match[2] ?? "").padEnd(2, "0"));
  if (!Number.isSafeInteger(paise) || paise > 100_000_000_00)
    return { error: `the amount "${text.trim()}" is larger than any parcel's COD` };
  return { paise };
}
