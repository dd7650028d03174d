import type { CourierCode } from "@/lib/generated/prisma/enums";
import type { ReconciliationState } from "@/lib/validation/remittance";
import { UTF8_BOM, csvLine } from "@/lib/warehouse/csv";
import { formatIst } from "@/lib/warehouse/format";
import { listReconciliationRows, type ReconciliationRow } from "./list-reconciliation-rows";

const BATCH = 5_000;

const HEADER = [
  "AWB",
  "Courier",
  "State",
  "Order",
  "COD collected (Rs)",
  "Remitted (Rs)",
  "Difference (Rs)",
  "Delivered (IST)",
  "Remitted (IST)",
  "References",
  "Note",
];

/** Exact rupees from paise, without a float: 123456 → "1234.56". */
function rupees(paise: number | null): string {
  if (paise === null) return "";
  const sign = paise < 0 ? "-" : "";
  const abs = Math.abs(paise);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, "0")}`;
}

function cells(row: ReconciliationRow) {
  return [
    row.awb,
    row.courier,
    row.state,
    row.orderNumber,
    rupees(row.expectedPaise),
    rupees(row.remittedPaise),
    rupees(row.differencePaise),
    row.deliveredAt ? formatIst(new Date(row.deliveredAt)) : "",
    row.remittedAt ? formatIst(new Date(row.remittedAt)) : "",
    row.references,
    row.note,
  ];
}

/** The reconciliation rows as CSV, filtered like the screen, read in batches as they stream. */
export function streamReconciliationCsv(filter: {
  state?: ReconciliationState;
  courier?: CourierCode;
}): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const now = new Date();
  let cursor: string | undefined;
  let started = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!started) {
        started = true;
        controller.enqueue(encoder.encode(UTF8_BOM + csvLine(HEADER)));
        return;
      }
      const page = await listReconciliationRows({ ...filter, cursor, limit: BATCH, now });
      if (page.items.length > 0)
        controller.enqueue(encoder.encode(page.items.map((r) => csvLine(cells(r))).join("")));
      if (!page.nextCursor) controller.close();
      else cursor = page.nextCursor;
    },
  });
}
