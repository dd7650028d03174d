import type { CourierCode } from "@/lib/generated/prisma/enums";
import { BILLING_COLUMNS } from "./billing-columns";
import { readCsv } from "./read-csv";

export interface BillingRow {
  line: number;
  awb: string;
  chargedWeightGrams: number;
  chargedPaise: number;
  /** 00:00 IST of the day charged */
  chargedAt: Date;
}

export interface RowProblem {
  line: number;
  reason: string;
}

export const MAX_BILLING_ROWS = 20_000;
const MAX_WEIGHT_GRAMS = 100_000;

function day(text: string): Date | null {
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const indian = /^(\d{2})-(\d{2})-(\d{4})$/.exec(text);
  const [y, m, d] = iso
    ? [iso[1], iso[2], iso[3]]
    : indian
      ? [indian[3], indian[2], indian[1]]
      : [];
  if (!y) return null;
  const at = new Date(`${y}-${m}-${d}T00:00:00+05:30`);
  // 2026-02-30 parses as 2 March: only a day that reads back the same is a day
  const back = new Date(at.getTime() + 330 * 60_000).toISOString().slice(0, 10);
  return back === `${y}-${m}-${d}` ? at : null;
}

const decimal = (text: string) => (/^\d+(\.\d+)?$/.test(text) ? Number(text) : null);

/**
 * A courier's billing file read into rows, or every problem found (line and reason) so ops fix
 * the file once: the whole file is refused when any row is wrong, so nothing is half-applied.
 */
export function parseBillingFile(
  text: string,
  courier: CourierCode,
): { rows: BillingRow[] } | { problems: RowProblem[] } {
  const cols = BILLING_COLUMNS[courier];
  const read = readCsv(text);
  if ("unclosedQuoteAt" in read)
    return { problems: [{ line: read.unclosedQuoteAt, reason: "a quoted field is never closed" }] };
  const [header, ...data] = read.rows;
  if (!header) return { problems: [{ line: 1, reason: "the file is empty" }] };
  const names = header.cells.map((c) => c.trim().toLowerCase());
  const at = (name: string) => names.indexOf(name.toLowerCase());
  const wanted = [cols.awb, cols.weight, cols.freight, cols.chargedOn];
  const missing = wanted.filter((name) => at(name) < 0);
  if (missing.length > 0)
    return {
      problems: [
        {
          line: header.line,
          reason: `a ${courier} billing file needs the columns ${wanted.join(", ")}; missing: ${missing.join(", ")}`,
        },
      ],
    };
  if (data.length === 0)
    return { problems: [{ line: header.line, reason: "no rows under the header" }] };
  if (data.length > MAX_BILLING_ROWS)
    return { problems: [{ line: 1, reason: `at most ${MAX_BILLING_ROWS} rows per file` }] };
  const rows: BillingRow[] = [];
  const problems: RowProblem[] = [];
  const seen = new Map<string, number>();
  for (const { line, cells } of data) {
    const cell = (name: string) => (cells[at(name)] ?? "").trim();
    const awb = cell(cols.awb);
    const weight = decimal(cell(cols.weight));
    const rupees = decimal(cell(cols.freight));
    const chargedAt = day(cell(cols.chargedOn));
    const grams =
      weight === null ? null : Math.round(cols.weightUnit === "kg" ? weight * 1000 : weight);
    const reasons = [
      !/^[A-Za-z0-9-]{4,40}$/.test(awb) && `${cols.awb} "${awb}" is not an AWB`,
      (grams === null || grams < 1 || grams > MAX_WEIGHT_GRAMS) &&
        `${cols.weight} "${cell(cols.weight)}" is not a weight between 1 g and 100 kg`,
      rupees === null && `${cols.freight} "${cell(cols.freight)}" is not an amount in rupees`,
      chargedAt === null &&
        `${cols.chargedOn} "${cell(cols.chargedOn)}" is not a date (YYYY-MM-DD or DD-MM-YYYY)`,
      seen.has(awb) && `AWB ${awb} is already on line ${seen.get(awb)}`,
    ].filter((r): r is string => typeof r === "string");
    seen.set(awb, seen.get(awb) ?? line);
    if (reasons.length > 0) problems.push({ line, reason: reasons.join("; ") });
    else
      rows.push({
        line,
        awb,
        chargedWeightGrams: grams!,
        chargedPaise: Math.round(rupees! * 100),
        chargedAt: chargedAt!,
      });
  }
  return problems.length > 0 ? { problems } : { rows };
}
