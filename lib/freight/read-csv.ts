/**
 * RFC 4180 rows as spreadsheets write them: comma-separated, fields in double quotes may hold
 * commas, quotes (doubled) and line breaks; CRLF or LF line ends; a UTF-8 BOM is ignored.
 * Returns each row's cells with the line it starts on, blank lines left out, or the line of an
 * unclosed quote.
 */
export function readCsv(
  text: string,
): { rows: { line: number; cells: string[] }[] } | { unclosedQuoteAt: number } {
  const rows: { line: number; cells: string[] }[] = [];
  let cells: string[] = [];
  let cell = "";
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  const body = text.startsWith("\uFEFF") ? text.slice(1) : text;
  const endRow = () => {
    cells.push(cell);
    if (cells.length > 1 || cells[0]!.trim() !== "") rows.push({ line: rowLine, cells });
    cells = [];
    cell = "";
  };
  for (let i = 0; i < body.length; i++) {
    const ch = body[i]!;
    if (quoted) {
      if (ch === '"' && body[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else {
        if (ch === "\n") line++;
        cell += ch;
      }
    } else if (ch === '"' && cell === "") quoted = true;
    else if (ch === ",") {
      cells.push(cell);
      cell = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && body[i + 1] === "\n") i++;
      endRow();
      line++;
      rowLine = line;
    } else cell += ch;
  }
  if (quoted) return { unclosedQuoteAt: rowLine };
  if (cell !== "" || cells.length > 0) endRow();
  return { rows };
}
