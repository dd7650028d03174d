import PDFDocument from "pdfkit";
import { code128Png, collectPdf } from "@/lib/pdf/pdf-output";
import { formatIst, formatRupees } from "./format";
import type { PackOrder } from "./get-pack-order";

// 4×6 inch (288×432 pt): the size of the thermal label printer every packing station already
// has for courier labels, so the slip prints on the same roll with no A4 printer at the bench.
const PAGE = { width: 288, height: 432, margin: 14 };
const INNER = PAGE.width - PAGE.margin * 2;
// Widths add up to INNER; each cell keeps PAD clear on both sides so neighbours never touch.
const PAD = 2;
const COLUMNS = [
  { label: "SKU", width: 66, align: "left" },
  { label: "Item", width: 98, align: "left" },
  { label: "Qty", width: 28, align: "right" },
  { label: "In box", width: 34, align: "right" },
  { label: "Short", width: 34, align: "right" },
] as const;

function itemsTable(doc: PDFKit.PDFDocument, order: PackOrder) {
  const row = (cells: string[], bold = false) => {
    doc.font(bold ? "Helvetica-Bold" : "Helvetica").fontSize(7.5);
    const width = (i: number) => COLUMNS[i]!.width - PAD * 2;
    const height = Math.max(...cells.map((c, i) => doc.heightOfString(c, { width: width(i) }))) + 4;
    if (doc.y + height > PAGE.height - PAGE.margin) doc.addPage();
    const top = doc.y;
    let x = PAGE.margin;
    cells.forEach((cell, i) => {
      doc.text(cell, x + PAD, top + 2, { width: width(i), align: COLUMNS[i]!.align });
      x += COLUMNS[i]!.width;
    });
    doc
      .moveTo(PAGE.margin, top + height)
      .lineTo(PAGE.width - PAGE.margin, top + height)
      .lineWidth(0.5)
      .stroke();
    doc.x = PAGE.margin;
    doc.y = top + height;
  };
  row(
    COLUMNS.map((c) => c.label),
    true,
  );
  for (const item of order.items)
    row([
      item.sku,
      item.qtyShort > 0 ? `${item.title} (SHORT ${item.qtyShort}, not in box)` : item.title,
      String(item.qtyOrdered),
      String(item.qtyPicked),
      item.qtyShort > 0 ? String(item.qtyShort) : "-",
    ]);
}

/** What the box's customer pays or is owed: the amounts of packed-amounts.ts, in words. */
function moneyLines(order: PackOrder): { headline: string; note: string | null } {
  const p = order.payment;
  const headline =
    p.method === "COD"
      ? `CASH ON DELIVERY: COLLECT ${formatRupees(p.codToCollectPaise)}`
      : `PREPAID (${p.status.toLowerCase()}): collect nothing`;
  if (!order.hasShortItems) return { headline, note: null };
  const short = `Some items were out of stock and are not in this parcel (worth ${formatRupees(p.shortValuePaise)}).`;
  if (p.refundDuePaise > 0)
    return {
      headline,
      note: `${short} We are sorry: ${formatRupees(p.refundDuePaise)} will be refunded to you.`,
    };
  return {
    headline,
    note:
      p.method === "COD"
        ? `${short} We are sorry: you pay only for what is in this parcel.`
        : `${short} We are sorry.`,
  };
}

/** The slip that goes in the box: order barcode, ship-to, payment to collect, items and shorts. */
export async function renderPackingSlip(order: PackOrder, printedAt = new Date()): Promise<Buffer> {
  const doc = new PDFDocument({
    size: [PAGE.width, PAGE.height],
    margin: PAGE.margin,
    info: { Title: `Packing slip ${order.number}`, Author: "Packline" },
  });
  const done = collectPdf(doc);
  // Title and print time on lines of their own: side by side they collided on long dates.
  doc.font("Helvetica-Bold").fontSize(11).text("PACKING SLIP", { width: INNER });
  doc
    .font("Helvetica")
    .fontSize(7.5)
    .text(`Printed ${formatIst(printedAt)} IST`, { width: INNER });
  doc.image(await code128Png(order.number, 12), PAGE.margin + 24, doc.y + 4, {
    fit: [INNER - 48, 52],
    align: "center",
  });
  doc.y += 60;
  doc.x = PAGE.margin;
  doc
    .font("Helvetica")
    .fontSize(8)
    .text(`Order ${order.number} · placed ${formatIst(new Date(order.placedAt))} IST`, {
      width: INNER,
    });

  doc.moveDown(0.5).font("Helvetica-Bold").fontSize(9).text("SHIP TO", { width: INNER });
  const a = order.address;
  doc.font("Helvetica").fontSize(9);
  for (const line of [
    order.customer.name,
    a.line1,
    a.line2,
    a.landmark ? `Near ${a.landmark}` : null,
    `${a.city}, ${a.state} ${a.pincode}`,
    `Phone ${order.customer.phone}`,
  ])
    if (line) doc.text(line, { width: INNER });

  const money = moneyLines(order);
  doc.moveDown(0.5).font("Helvetica-Bold").fontSize(10).text(money.headline, { width: INNER });
  doc
    .font("Helvetica")
    .fontSize(8)
    .text(`Order total ${formatRupees(order.payment.totalPaise)}`, { width: INNER });
  doc.moveDown(0.5);
  itemsTable(doc, order);
  if (money.note) {
    doc.moveDown(0.5).font("Helvetica-Bold").fontSize(8.5);
    const height = doc.heightOfString(money.note, { width: INNER });
    if (doc.y + height > PAGE.height - PAGE.margin) doc.addPage();
    doc.text(money.note, PAGE.margin, doc.y, { width: INNER });
  }
  doc.end();
  return done;
}
