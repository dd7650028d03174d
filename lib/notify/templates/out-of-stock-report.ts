import type { StockReport } from "@/lib/warehouse/load-stock-report";

// The out-of-stock report as an e-mail (HTML + plain text) and as a one-SMS summary.
const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const TOP = 25;

function period(report: StockReport): string {
  const { from, to } = report.range;
  return from === to ? from : `${from} to ${to}`;
}

export function stockReportSubject(report: StockReport): string {
  return `Out of stock ${period(report)}: ${report.totals.skus} SKUs, ${report.totals.unitsShort} units short`;
}

export function stockReportHtml(report: StockReport): string {
  const rows = report.rows
    .slice(0, TOP)
    .map(
      (r) => `<tr>
  <td style="padding:4px 8px;border-bottom:1px solid #e2e8f0;font-family:monospace">${escape(r.sku)}</td>
  <td style="padding:4px 8px;border-bottom:1px solid #e2e8f0">${escape(r.title)}</td>
  <td style="padding:4px 8px;border-bottom:1px solid #e2e8f0;text-align:right">${r.qtyShort}</td>
  <td style="padding:4px 8px;border-bottom:1px solid #e2e8f0">${escape(r.orderNumbers.join(", "))}</td>
</tr>`,
    )
    .join("\n");
  const more =
    report.rows.length > TOP
      ? `<p>…and ${report.rows.length - TOP} more SKUs in the attached CSV.</p>`
      : "";
  return `<!doctype html><html><body style="font-family:Arial,sans-serif;color:#0f172a">
<h2 style="margin:0 0 8px">Out-of-stock report, ${escape(period(report))} (IST)</h2>
<p><strong>${report.totals.skus}</strong> SKUs were short by <strong>${report.totals.unitsShort}</strong> units,
affecting <strong>${report.totals.orders}</strong> orders.</p>
${
  report.rows.length === 0
    ? "<p>No items were marked out of stock in this period.</p>"
    : `<table style="border-collapse:collapse;font-size:14px">
<thead><tr><th align="left" style="padding:4px 8px">SKU</th><th align="left" style="padding:4px 8px">Product</th>
<th align="right" style="padding:4px 8px">Short</th><th align="left" style="padding:4px 8px">Orders</th></tr></thead>
<tbody>
${rows}
</tbody></table>${more}`
}
<p style="color:#475569;font-size:12px">The full report is attached as CSV. Sent by Packline.</p>
</body></html>`;
}

export function stockReportText(report: StockReport): string {
  const lines = report.rows
    .slice(0, TOP)
    .map((r) => `- ${r.sku} ${r.title}: ${r.qtyShort} short (${r.orderNumbers.join(", ")})`);
  return [
    `Out-of-stock report, ${period(report)} (IST)`,
    `${report.totals.skus} SKUs short by ${report.totals.unitsShort} units, ${report.totals.orders} orders affected.`,
    "",
    ...lines,
    "",
    "The full report is attached as CSV.",
  ].join("\n");
}

/** One SMS (≤ 160 GSM characters): totals and the worst SKUs. */
export function stockReportSms(report: StockReport): string {
  const head = `Packline out of stock ${period(report)}: ${report.totals.skus} SKUs, ${report.totals.unitsShort} units, ${report.totals.orders} orders.`;
  let text = head;
  for (const r of report.rows.slice(0, 5)) {
    const next = `${text}${text === head ? " Top:" : ","} ${r.sku} ${r.qtyShort}`;
    if (next.length > 160) break;
    text = next;
  }
  return text;
}
