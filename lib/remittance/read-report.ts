import { createHash } from "node:crypto";
import { createWriteStream } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { once } from "node:events";
import type { ReportColumns } from "./courier-defaults";
import { csvRecords, CsvSyntaxError } from "./csv-records";
import { isBlankRow, locateColumns, readRow, type ColumnIndexes } from "./report-row";

/** How many refused rows a refusal lists; it counts them all. */
export const SHOWN_ROW_ERRORS = 20;

export interface RowError {
  line: number;
  reason: string;
}

export interface ReadReport {
  sha256: string;
  lineCount: number;
  totalPaise: bigint;
  errors: RowError[];
  errorCount: number;
  /** the rows read, one per line as `line \t awb \t reference \t paise \t epoch ms`, for applyReport */
  spoolPath: string;
}

/**
 * One pass over an uploaded report as it arrives: hashes the bytes, checks every row, and writes
 * the rows it read to a spool file, so memory stays the same whatever the file's size and
 * nothing touches the database until the whole file is known to be good. The caller deletes
 * the spool's folder.
 */
export async function readReport(
  body: AsyncIterable<Uint8Array>,
  columns: ReportColumns,
): Promise<ReadReport> {
  const hash = createHash("sha256");
  const spoolPath = path.join(await mkdtemp(path.join(tmpdir(), "packline-remit-")), "rows.tsv");
  const spool = createWriteStream(spoolPath);
  const result = { lineCount: 0, totalPaise: 0n, errors: [] as RowError[], errorCount: 0 };
  const refuse = (line: number, reason: string) => {
    result.errorCount += 1;
    if (result.errors.length < SHOWN_ROW_ERRORS) result.errors.push({ line, reason });
  };
  async function* hashed() {
    for await (const chunk of body) {
      hash.update(chunk);
      yield chunk;
    }
  }
  let indexes: ColumnIndexes | null = null;
  try {
    for await (const record of csvRecords(hashed())) {
      if (!indexes) {
        const located = locateColumns(record.cells, columns);
        if ("error" in located) {
          refuse(record.line, located.error);
          break;
        }
        indexes = located.indexes;
        continue;
      }
      if (isBlankRow(record.cells)) continue;
      result.lineCount += 1;
      const read = readRow(record.cells, indexes);
      if ("error" in read) {
        refuse(record.line, read.error);
        continue;
      }
      const { awb, reference, amountPaise, remittedAt } = read.row;
      result.totalPaise += BigInt(amountPaise);
      const line = `${record.line}\t${awb}\t${reference.replace(/[\t\n\r]/g, " ")}\t${amountPaise}\t${remittedAt.getTime()}\n`;
      if (!spool.write(line)) await once(spool, "drain");
    }
  } catch (error) {
    if (!(error instanceof CsvSyntaxError)) {
      // an upload cut short or over its size: nothing is returned, so the spool goes here
      spool.destroy();
      await rm(path.dirname(spoolPath), { recursive: true, force: true });
      throw error;
    }
    refuse(0, error.message);
  } finally {
    if (!spool.destroyed) {
      spool.end();
      await once(spool, "close");
    }
  }
  if (!indexes && result.errorCount === 0) refuse(1, "The file is empty.");
  else if (result.errorCount === 0 && result.lineCount === 0)
    refuse(2, "The report has a heading row but no remittance lines.");
  return { ...result, sha256: hash.digest("hex"), spoolPath };
}
