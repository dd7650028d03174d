import { UTF8_BOM, csvLine } from "./csv";
import { formatIst } from "./format";
import { istDayRange } from "./ist-day-range";
import { queryStockReportRows, type StockReportRow } from "./load-stock-report";

const BATCH = 500;

export const STOCK_CSV_HEADER = [
  "SKU",
  "Product",
  "Category",
  "Bin",
  "Units short",
  "Times reported",
  "Orders affected",
  "Affected order numbers",
  "First reported (IST)",
  "Last reported (IST)",
];

function toCells(row: StockReportRow) {
  return [
    row.sku,
    row.title,
    row.category,
    row.binLocation,
    row.qtyShort,
    row.reports,
    row.orderNumbers.length,
    row.orderNumbers.join(" "),
    formatIst(new Date(row.firstReportedAt)),
    formatIst(new Date(row.lastReportedAt)),
  ];
}

export function stockReportFilename(range: { from: string; to: string }): string {
  return `out-of-stock_${range.from}_to_${range.to}.csv`;
}

/**
 * The out-of-stock report as CSV, streamed in batches of SKUs so a long range never sits in
 * memory whole. Starts with a UTF-8 BOM so Excel reads Indian scripts correctly.
 */
export function streamStockReportCsv(input: { from?: string; to?: string }) {
  const range = istDayRange(input);
  const encoder = new TextEncoder();
  let afterSku: string | undefined;
  let started = false;
  let finished = false;
  const stream = new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!started) {
        started = true;
        controller.enqueue(encoder.encode(UTF8_BOM + csvLine(STOCK_CSV_HEADER)));
        return;
      }
      if (finished) return;
      const rows = await queryStockReportRows({ range, orderBy: "sku", afterSku, limit: BATCH });
      if (rows.length > 0) {
        controller.enqueue(encoder.encode(rows.map((r) => csvLine(toCells(r))).join("")));
        afterSku = rows.at(-1)!.sku;
      }
      if (rows.length < BATCH) {
        finished = true;
        controller.close();
      }
    },
  });
  return { stream, filename: stockReportFilename(range), range };
}

/** The whole CSV as bytes (BOM kept: text() would drop it), for the e-mail attachment. */
export async function stockReportCsvBytes(input: { from?: string; to?: string }): Promise<Buffer> {
  return Buffer.from(await new Response(streamStockReportCsv(input).stream).arrayBuffer());
}
