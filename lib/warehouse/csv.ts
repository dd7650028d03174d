// RFC 4180 CSV as spreadsheets read it: CRLF line ends, fields quoted when they hold a comma,
// quote or line break, quotes doubled. Text that a spreadsheet would run as a formula
// (=, +, -, @ at the start) gets a leading apostrophe so a product title cannot inject one.
export const UTF8_BOM = "\uFEFF";

export type CsvCell = string | number | null | undefined;

export function csvCell(value: CsvCell): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return String(value);
  // A plain signed number ("-50.00") is a figure, not a formula: it stays a number.
  const formula = /^[=+\-@\t\r]/.test(value) && !/^-\d+(\.\d+)?$/.test(value);
  const text = formula ? `'${value}` : value;
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csvLine(cells: CsvCell[]): string {
  return `${cells.map(csvCell).join(",")}\r\n`;
}
