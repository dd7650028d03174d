import { randomUUID } from "node:crypto";
import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import { db, type Tx } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { SHOWN_ROW_ERRORS, type ReadReport, type RowError } from "./read-report";

const BATCH = 5_000;

export interface ApplyReportInput {
  report: ReadReport;
  courierAccountId: string;
  fileName: string | null;
  importedBy: { id: string; name: string } | null;
}

export interface AppliedReport {
  importId: string | null;
  /** the same file was imported into this account before: nothing changed */
  alreadyImported: boolean;
  lineCount: number;
  addedCount: number;
}

/**
 * Applies a report readReport found valid, all or nothing, in one transaction: the import's
 * row first (its file hash is unique per account, so a second import of the same file stops
 * there), then the lines in multi-row batches into a staging table, checked as a whole (the same
 * AWB and reference twice in the file, or a line stored earlier with another amount, refuses
 * the file), then copied across with ON CONFLICT DO NOTHING, so lines another report already
 * brought are kept once.
 */
export async function applyReport(input: ApplyReportInput): Promise<AppliedReport> {
  const { report, courierAccountId } = input;
  return db.$transaction(
    async (tx) => {
      const importId = randomUUID();
      const created = await tx.$queryRaw<{ id: string }[]>`
        INSERT INTO "RemittanceImport" ("id", "courierAccountId", "fileSha256", "fileName",
          "lineCount", "addedCount", "totalPaise", "importedById", "importedByName")
        VALUES (${importId}, ${courierAccountId}, ${report.sha256}, ${input.fileName},
          ${report.lineCount}, 0, ${report.totalPaise}, ${input.importedBy?.id ?? null},
          ${input.importedBy?.name ?? null})
        ON CONFLICT ("courierAccountId", "fileSha256") DO NOTHING
        RETURNING "id"`;
      if (created.length === 0)
        return {
          importId: null,
          alreadyImported: true,
          lineCount: report.lineCount,
          addedCount: 0,
        };
      await stage(tx, report.spoolPath);
      await refuseInconsistentLines(tx, courierAccountId);
      const addedCount = await tx.$executeRaw`
        INSERT INTO "RemittanceLine" ("importId", "courierAccountId", "awb", "reference",
          "amountPaise", "remittedAt")
        SELECT ${importId}, ${courierAccountId}, awb, reference, amount, remitted_at
        FROM remit_stage ORDER BY line
        ON CONFLICT ("courierAccountId", "awb", "reference") DO NOTHING`;
      await tx.$executeRaw`
        UPDATE "RemittanceImport" SET "addedCount" = ${addedCount} WHERE "id" = ${importId}`;
      return { importId, alreadyImported: false, lineCount: report.lineCount, addedCount };
    },
    { timeout: 120_000, maxWait: 10_000 },
  );
}

async function stage(tx: Tx, spoolPath: string): Promise<void> {
  await tx.$executeRaw`
    CREATE TEMP TABLE remit_stage (line int, awb text, reference text, amount bigint,
      remitted_at timestamp(3)) ON COMMIT DROP`;
  let batch: string[][] = [[], [], [], [], []];
  const flush = async () => {
    const [lines, awbs, references, amounts, times] = batch;
    batch = [[], [], [], [], []];
    await tx.$executeRaw`
      INSERT INTO remit_stage
      SELECT l::int, a, r, p::bigint, timestamp '1970-01-01' + t::bigint * interval '1 millisecond'
      FROM unnest(${lines}::text[], ${awbs}::text[], ${references}::text[], ${amounts}::text[],
        ${times}::text[]) AS s(l, a, r, p, t)`;
  };
  const rows = createInterface({ input: createReadStream(spoolPath), crlfDelay: Infinity });
  for await (const text of rows) {
    if (!text) continue;
    text.split("\t").forEach((value, i) => batch[i]!.push(value));
    if (batch[0]!.length >= BATCH) await flush();
  }
  if (batch[0]!.length > 0) await flush();
}

/** A file that pays one AWB twice under one reference, or changes an amount imported before. */
async function refuseInconsistentLines(tx: Tx, courierAccountId: string): Promise<void> {
  const problems = await tx.$queryRaw<(RowError & { total: number })[]>`
    WITH twice AS (
      SELECT s.line, 'AWB ' || s.awb || ' is in the file more than once under reference '
        || s.reference || '.' AS reason
      FROM remit_stage s
      JOIN (SELECT awb, reference FROM remit_stage GROUP BY 1, 2 HAVING count(*) > 1) d
        USING (awb, reference)
    ), changed AS (
      SELECT s.line, 'AWB ' || s.awb || ' under reference ' || s.reference
        || ' was imported before with another amount (Rs. '
        || to_char(l."amountPaise" / 100.0, 'FM999999990.00') || ').' AS reason
      FROM remit_stage s
      JOIN "RemittanceLine" l ON l."courierAccountId" = ${courierAccountId}
        AND l.awb = s.awb AND l.reference = s.reference
      WHERE l."amountPaise" <> s.amount
    ), all_problems AS (SELECT * FROM twice UNION ALL SELECT * FROM changed)
    SELECT line, reason, (count(*) OVER ())::int AS total
    FROM all_problems ORDER BY line LIMIT ${SHOWN_ROW_ERRORS}`;
  if (problems.length === 0) return;
  throw new AppError(
    "VALIDATION",
    `The report was not imported: ${problems[0]!.total} line(s) contradict themselves or an earlier import.`,
    {
      details: {
        errorCount: problems[0]!.total,
        rows: problems.map(({ line, reason }) => ({ line, reason })),
      },
    },
  );
}
