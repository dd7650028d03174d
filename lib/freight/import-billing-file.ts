import { createHash } from "node:crypto";
import { db } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors/app-error";
import { rulesByAccount } from "./get-freight-rules";
import { parseBillingFile, type RowProblem } from "./parse-billing-file";
import { CHECKED_SHIPMENT_SELECT, recordFreightCharge } from "./record-freight-charge";

export interface ImportBillingFileInput {
  courierAccountId: string;
  fileName: string;
  csv: string;
  by: { id: string; name: string };
}

export interface BillingImportResult {
  importId: string;
  /** true: this very file was imported before; nothing was applied again */
  duplicate: boolean;
  rows: number;
  /** rows whose charge was new or different */
  applied: number;
  flagged: number;
}

const SHOWN_PROBLEMS = 200;

function refuse(problems: RowProblem[]): never {
  const shown = problems.slice(0, SHOWN_PROBLEMS);
  throw new AppError(
    "VALIDATION",
    `The file was refused and nothing was applied: ${problems.length} ${problems.length === 1 ? "row is" : "rows are"} wrong.`,
    { fieldErrors: Object.fromEntries(shown.map((p) => [`line ${p.line}`, [p.reason]])) },
  );
}

/**
 * Applies a courier's billing (weight-discrepancy) file to the forward parcels of one account:
 * each row's charged weight and freight is checked against the parcel as packed. All or
 * nothing: a file with any wrong row, or an AWB this account never carried, is refused with every
 * row's reason. The same file twice is recognised by its sha256 and applies nothing; a row
 * repeating a charge already recorded changes nothing either (recordFreightCharge).
 */
export async function importBillingFile(
  input: ImportBillingFileInput,
): Promise<BillingImportResult> {
  const account = await db.courierAccount.findUnique({
    where: { id: input.courierAccountId },
    select: { id: true, courier: true, name: true },
  });
  if (!account) throw notFound("That courier account");
  const sha256 = createHash("sha256").update(input.csv).digest("hex");
  const before = await db.freightBillingImport.findUnique({
    where: { courierAccountId_sha256: { courierAccountId: account.id, sha256 } },
    select: { id: true, rows: true },
  });
  if (before)
    return { importId: before.id, duplicate: true, rows: before.rows, applied: 0, flagged: 0 };
  const parsed = parseBillingFile(input.csv, account.courier);
  if ("problems" in parsed) refuse(parsed.problems);
  const shipments = await db.shipment.findMany({
    where: {
      courierAccountId: account.id,
      direction: "FORWARD",
      awb: { in: parsed.rows.map((r) => r.awb) },
    },
    select: { ...CHECKED_SHIPMENT_SELECT, awb: true },
  });
  const byAwb = new Map(shipments.map((s) => [s.awb!, s]));
  const unknown = parsed.rows.filter((r) => !byAwb.has(r.awb));
  if (unknown.length > 0)
    refuse(
      unknown.map((r) => ({
        line: r.line,
        reason: `no parcel booked with ${account.name} has AWB ${r.awb}`,
      })),
    );
  const rule = (await rulesByAccount()).get(account.id)!;
  try {
    return await db.$transaction(
      async (tx) => {
        const created = await tx.freightBillingImport.create({
          data: {
            courierAccountId: account.id,
            fileName: input.fileName,
            sha256,
            rows: parsed.rows.length,
            applied: 0,
            uploadedById: input.by.id,
            uploadedByName: input.by.name,
          },
          select: { id: true },
        });
        let applied = 0;
        let flagged = 0;
        for (const row of parsed.rows) {
          const s = byAwb.get(row.awb)!;
          const done = await recordFreightCharge(tx, { ...s, courierAccountId: account.id }, rule, {
            shipmentId: s.id,
            source: "BILLING_FILE",
            billingImportId: created.id,
            chargedWeightGrams: row.chargedWeightGrams,
            chargedPaise: row.chargedPaise,
            chargedAt: row.chargedAt,
          });
          if (done.changed) applied++;
          if (done.changed && done.flagged) flagged++;
        }
        await tx.freightBillingImport.update({
          where: { id: created.id },
          data: { applied },
          select: { id: true },
        });
        return {
          importId: created.id,
          duplicate: false,
          rows: parsed.rows.length,
          applied,
          flagged,
        };
      },
      { timeout: 120_000 },
    );
  } catch (error) {
    // The same file uploaded twice at once: the other upload applied it.
    if ((error as { code?: string }).code === "P2002") return importBillingFile(input);
    throw error;
  }
}
