import PDFDocument from "pdfkit";
import { code128Png, collectPdf } from "@/lib/pdf/pdf-output";
import { formatIst, formatRupees } from "./format";
import type { PackOrder } from "./get-pack-order";

// 4×6 inch (288×432 pt): the size of the thermal label printer every packing station already
// has for courier labels, so the slip prints on the same roll with no A4 printer at the bench.
const PAGE = { width: 288, height: 432, margin: 14 };
const INNER = PAGE.width - PAGE.margin * 2;
const COLUMNS = [
  { label: "SKU", width: 74 },
  { label: "Item", width: 110 },
  { label: "Qty", width: 26 },
  { label: "In box", width: 25 },
  { label: "Short", width: 25 },
];

function itemsTable(doc: PDFKit.PDFDocument, order: PackOrder) {
  const row = (cells: string[], bold = false) => {
    doc.font(bold ? "Helvetica-Bold" : "Helvetica").fontSize(7.5);
    const heights = cells.map((cell, i) =>
      doc.heightOfString(cell, { width: COLUMNS[i]!.width - 3 }),
    );
    const height = Math.max(...heights) + 4;
    if (doc.y + height > PAGE.height - PAGE.margin) doc.addPage();
    const top = doc.y;
    let x = PAGE.margin;
    cells.forEach((cell, i) => {
      doc.text(cell, x, top + 2, { width: COLUMNS[i]!.width - 3, lineBreak: true });
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
  for (const item of order.items) {
    row([
      item.sku,
      item.qtyShort > 0 ? `${item.title} (SHORT ${item.qtyShort}, not in box)` : item.title,
      String(item.qtyOrdered),
      String(item.qtyPicked),
      item.qtyShort > 0 ? String(item.qtyShort) : "-",
    ]);
  }
}

/** The slip that goes in the box: order barcode, ship-to, payment to collect, items and shorts. */
export async function renderPackingSlip(order: PackOrder, printedAt = new Date()): Promise<Buffer> {
  const doc = new PDFDocument({
    size: [PAGE.width, PAGE.height],
    margin: PAGE.margin,
    info: { Title: `Packing slip ${order.number}`, Author: "Packline" },
  });
  const done = collectPdf(doc);
  doc.font("Helvetica-Bold").fontSize(11).text("PACKING SLIP", { continued: true });
  doc
    .font("Helvetica")
    .fontSize(8)
    .text(`   printed ${formatIst(printedAt)} IST`);
  doc.image(await code128Png(order.number, 12), PAGE.margin + 24, doc.y + 4, {
    fit: [INNER - 48, 52],
    align: "center",
  });
  doc.y += 60;
  doc.x = PAGE.margin;
  doc
    .font("Helvetica")
    .fontSize(8)
    .text(`Order ${order.number} · placed ${formatIst(new Date(order.placedAt))} IST`);

  doc.moveDown(0.5).font("Helvetica-Bold").fontSize(9).text("SHIP TO");
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

  doc.moveDown(0.5).font("Helvetica-Bold").fontSize(10);
  doc.text(
    order.payment.method === "COD"
      ? `CASH ON DELIVERY: COLLECT ${formatRupees(order.payment.codAmountPaise)}`
      : `PREPAID (${order.payment.status.toLowerCase()}): collect nothing`,
    { width: INNER },
  );
  doc
    .font("Helvetica")
    .fontSize(8)
    .text(`Order total ${formatRupees(order.payment.totalPaise)}`);
  doc.moveDown(0.5);
  itemsTable(doc, order);
  if (order.hasShortItems) {
    doc.moveDown(0.5).font("Helvetica-Bold").fontSize(8.5);
    doc.text(
      "Some items were out of stock and are not in this parcel. We are sorry; any refund due for them will follow.",
      PAGE.margin,
      doc.y,
      { width: INNER },
    );
  }
  doc.end();
  return done;
}
