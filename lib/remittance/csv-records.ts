export interface CsvRecord {
  /** the file's line where the record starts (1 = the heading row) */
  line: number;
  cells: string[];
}

export class CsvSyntaxError extends Error {}

/**
 * Splits CSV text arriving in chunks into records, one at a time, holding only the record being
 * read: RFC 4180 quoting (commas, quotes and line breaks inside quotes), CRLF or LF, a leading
 * UTF-8 BOM. Bytes that are not UTF-8 text, or a NUL, stop the file: no report of a courier's
 * has them, and PostgreSQL cannot store them.
 */
export async function* csvRecords(chunks: AsyncIterable<Uint8Array>): AsyncGenerator<CsvRecord> {
  const decoder = new TextDecoder("utf-8", { fatal: true });
  let cells: string[] = [];
  let cell = "";
  let quoted = false;
  let afterQuote = false;
  let line = 1;
  let startLine = 1;
  let first = true;
  const endCell = () => {
    cells.push(cell);
    cell = "";
    afterQuote = false;
  };
  const endRecord = (): CsvRecord => {
    endCell();
    const record = { line: startLine, cells };
    cells = [];
    startLine = line;
    return record;
  };
  for await (const chunk of withEnd(chunks)) {
    let text: string;
    try {
      text = chunk ? decoder.decode(chunk, { stream: true }) : decoder.decode();
    } catch {
      throw new CsvSyntaxError(`Line ${line} is not UTF-8 text: save the report as CSV (UTF-8).`);
    }
    if (first && text.length > 0) {
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      first = false;
    }
    for (let i = 0; i < text.length; i += 1) {
      const ch = text[i]!;
      if (ch === "\u0000") throw new CsvSyntaxError(`Line ${line} contains a NUL character.`);
      if (quoted) {
        if (ch === '"') {
          // closed, unless the next character (perhaps in the next chunk) doubles it
          quoted = false;
          afterQuote = true;
        } else {
          if (ch === "\n") line += 1;
          cell += ch;
        }
        continue;
      }
      if (ch === '"') {
        if (afterQuote) {
          // the quote that closed the value was the first half of a doubled quote
          cell += '"';
          quoted = true;
          afterQuote = false;
        } else if (cell.trim() === "") {
          cell = "";
          quoted = true;
        } else throw new CsvSyntaxError(`Line ${line} has a quote inside an unquoted value.`);
      } else if (ch === ",") endCell();
      else if (ch === "\n") {
        line += 1;
        yield endRecord();
      } else if (ch !== "\r") {
        if (afterQuote && ch.trim() !== "")
          throw new CsvSyntaxError(`Line ${line} has text after a closing quote.`);
        if (!afterQuote) cell += ch;
      }
    }
  }
  if (quoted) throw new CsvSyntaxError(`A quoted value opened on line ${startLine} never closes.`);
  if (cell !== "" || cells.length > 0) yield endRecord();
}

async function* withEnd(chunks: AsyncIterable<Uint8Array>): AsyncGenerator<Uint8Array | null> {
  yield* chunks;
  yield null;
}
