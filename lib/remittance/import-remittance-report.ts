import { rm } from "node:fs/promises";
import path from "node:path";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { applyReport, type AppliedReport } from "./apply-report";
import { loadRemittanceRules } from "./load-remittance-rules";
import { readReport } from "./read-report";

export interface ImportRemittanceReportInput {
  courierAccountId: string;
  fileName?: string;
  body: AsyncIterable<Uint8Array>;
  importedBy: { id: string; name: string } | null;
}

/**
 * Imports a courier's COD remittance report (CSV) for one of its accounts: every row is read and
 * checked before anything is written; a file with any bad row is refused with the rows and
 * reasons (the first few, and how many in all) and changes nothing; a good one is applied in
 * one transaction, and importing it again changes nothing.
 */
export async function importRemittanceReport(
  input: ImportRemittanceReportInput,
): Promise<AppliedReport & { totalPaise: number }> {
  const account = await db.courierAccount.findUnique({
    where: { id: input.courierAccountId },
    select: { id: true, courier: true },
  });
  if (!account) throw new AppError("NOT_FOUND", "That courier account does not exist.");
  const rules = await loadRemittanceRules();
  const report = await readReport(input.body, rules[account.courier].columns);
  try {
    if (report.errorCount > 0)
      throw new AppError(
        "VALIDATION",
        `The report was not imported: ${report.errorCount} row(s) cannot be read. Nothing was changed.`,
        { details: { errorCount: report.errorCount, rows: report.errors } },
      );
    const applied = await applyReport({
      report,
      courierAccountId: account.id,
      fileName: input.fileName ?? null,
      importedBy: input.importedBy,
    });
    return { ...applied, totalPaise: Number(report.totalPaise) };
  } finally {
    await rm(path.dirname(report.spoolPath), { recursive: true, force: true });
  }
}
