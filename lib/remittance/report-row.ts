import { headingKey, type ReportColumns } from "./courier-defaults";
import { parseIstDateTime } from "./ist-date";
import { parseRupees } from "./rupees";

export type ColumnIndexes = Record<keyof ReportColumns, number>;

/** One remittance line as Packline stores it: money in paise, the time in UTC. */
export interface RemittanceRow {
  awb: string;
  reference: string;
  amountPaise: number;
  remittedAt: Date;
}

const AWB = /^[A-Za-z0-9-]{4,40}$/;
const LABEL: Record<keyof ReportColumns, string> = {
  awb: "AWB",
  amount: "amount",
  reference: "remittance reference",
  remittedAt: "remittance date",
};

/**
 * Finds the mapped columns in the report's heading row. Every one must be there once: a report
 * from another courier or an edited export is refused with the headings it lacks.
 */
export function locateColumns(
  headings: string[],
  columns: ReportColumns,
): { indexes: ColumnIndexes } | { error: string } {
  const keys = headings.map(headingKey);
  const missing: string[] = [];
  const indexes = {} as ColumnIndexes;
  for (const field of Object.keys(columns) as (keyof ReportColumns)[]) {
    const index = keys.indexOf(headingKey(columns[field]));
    if (index < 0) missing.push(`"${columns[field]}" (${LABEL[field]})`);
    indexes[field] = index;
  }
  if (missing.length === 0) return { indexes };
  return {
    error: `The heading row lacks ${missing.join(", ")}. Check that the file is this courier's remittance report, or change the column mapping.`,
  };
}

/** True for a row with nothing in it: spreadsheets leave them at the end of an export. */
export function isBlankRow(cells: string[]): boolean {
  return cells.every((c) => c.trim() === "");
}

/** Reads one data row, or says everything wrong with it in one sentence. */
export function readRow(
  cells: string[],
  indexes: ColumnIndexes,
): { row: RemittanceRow } | { error: string } {
  const cell = (field: keyof ReportColumns) => (cells[indexes[field]] ?? "").trim();
  const problems: string[] = [];
  const awb = cell("awb");
  if (!AWB.test(awb))
    problems.push(awb ? `the AWB "${awb.slice(0, 40)}" is not an AWB` : "the AWB is empty");
  const reference = cell("reference");
  if (!reference) problems.push("the remittance reference (UTR) is empty");
  else if (reference.length > 80) problems.push("the remittance reference is over 80 characters");
  const amount = parseRupees(cell("amount"));
  if ("error" in amount) problems.push(amount.error);
  const remittedAt = parseIstDateTime(cell("remittedAt"));
  if (!remittedAt)
    problems.push(
      cell("remittedAt")
        ? `"${cell("remittedAt").slice(0, 40)}" is not a date (like 01-12-2026 or 2026-12-01)`
        : "the remittance date is empty",
    );
  if (problems.length > 0 || "error" in amount || !remittedAt)
    return { error: capitalise(problems.join("; ")) + "." };
  return { row: { awb, reference, amountPaise: amount.paise, remittedAt } };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
