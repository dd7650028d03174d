// RFC 4180 CSV as spreadsheets read it: CRLF line ends, fields quoted when they hold a comma,
// quote or line break, quotes doubled. Text that a spreadsheet would run as a formula
// (=, +, -, @ at the start) gets a leading apostrophe so a product title cannot inject one.
export const UTF8_BOM = "\uFEFF";

export type CsvCell = string | number | null | undefined;

export function csvCell(value: CsvCell): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return String(value);
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csvLine(cells: CsvCell[]): string {
  return `${cells.map(csvCell).join(",")}\r\n`;
}
