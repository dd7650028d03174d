import { AppError, type FieldErrors } from "@/lib/errors/app-error";
import type { ReceiptLineInput } from "@/lib/validation/receiving";
import type { ExpectedLine } from "./expected-lines";

export type CheckedLine = ExpectedLine & {
  good: number;
  damaged: number;
  missing: number;
  note: string | null;
};

/**
 * Matches what the receiver recorded to the lines expected back: every expected line once, its
 * good + damaged + missing adding up to the units expected, and a note for any write-off. Any
 * mismatch is a 422 with a sentence per line, so nothing is half-received.
 */
export function checkReceiptLines(
  expected: readonly ExpectedLine[],
  recorded: readonly ReceiptLineInput[],
): CheckedLine[] {
  const errors: FieldErrors = {};
  const byItem = new Map(recorded.map((line, index) => [line.orderItemId, { line, index }]));
  if (byItem.size !== recorded.length) errors.lines = ["Each line may be recorded only once."];
  const known = new Set(expected.map((line) => line.orderItemId));
  recorded.forEach((line, index) => {
    if (!known.has(line.orderItemId))
      errors[`lines.${index}.orderItemId`] = ["This line is not expected in this parcel."];
  });
  const checked: CheckedLine[] = [];
  for (const line of expected) {
    const found = byItem.get(line.orderItemId);
    if (!found) {
      errors.lines = [`Record what came back of ${line.sku} (${line.title}).`];
      continue;
    }
    const { good, damaged, missing, note } = found.line;
    const at = `lines.${found.index}`;
    if (good + damaged + missing !== line.expected)
      errors[at] = [
        `${line.sku}: ${good} good + ${damaged} damaged + ${missing} missing is ${good + damaged + missing}, but ${line.expected} ${line.expected === 1 ? "unit was" : "units were"} expected.`,
      ];
    else if (damaged > 0 && !note)
      errors[`${at}.note`] = [`${line.sku}: say why the damaged units are written off.`];
    checked.push({ ...line, good, damaged, missing, note: note || null });
  }
  if (Object.keys(errors).length > 0)
    throw new AppError("VALIDATION", "Some lines do not add up. Nothing was received.", {
      fieldErrors: errors,
    });
  return checked;
}
