import PDFDocument from "pdfkit";
import { code128Png, collectPdf } from "@/lib/pdf/pdf-output";
import type { CourierCode, ShipmentDirection } from "@/lib/generated/prisma/enums";
import { COURIER_LABEL } from "@/lib/validation/courier-account";
import { formatIst, formatRupees } from "@/lib/warehouse/format";

// The label of a dry-run booking (a DRYRUN AWB no courier knows): the same 4×6 inch size as a
// courier label, so packers rehearse printing and sticking it, but impossible to mistake for one.
const PAGE = { width: 288, height: 432, margin: 14 };
const INNER = PAGE.width - PAGE.margin * 2;

export interface DryRunLabel {
  awb: string;
  direction: ShipmentDirection;
  courier: CourierCode;
  accountName: string;
  serviceName: string | null;
  weightGrams: number | null;
  order: {
    number: string;
    customerName: string;
    customerPhone: string;
    addressLine1: string;
    addressLine2: string | null;
    landmark: string | null;
    city: string;
    state: string;
    pincode: string;
    paymentMethod: "PREPAID" | "COD";
    codAmountPaise: number;
  };
}

/** A boxed warning across the label's width, white on black so it shows from across the bench. */
function banner(doc: PDFKit.PDFDocument, text: string, size: number, height: number) {
  const top = doc.y;
  doc.rect(PAGE.margin, top, INNER, height).fill("#000");
  doc
    .fillColor("#fff")
    .font("Helvetica-Bold")
    .fontSize(size)
    .text(text, PAGE.margin, top + (height - size) / 2 + 1, { width: INNER, align: "center" });
  doc.fillColor("#000");
  doc.x = PAGE.margin;
  doc.y = top + height + 6;
}

export async function renderDryRunLabel(
  label: DryRunLabel,
  printedAt = new Date(),
): Promise<Buffer> {
  const doc = new PDFDocument({
    size: [PAGE.width, PAGE.height],
    margin: PAGE.margin,
    info: { Title: `DRY RUN label ${label.awb}`, Author: "Packline" },
  });
  const done = collectPdf(doc);
  banner(doc, "DRY RUN", 40, 52);
  banner(doc, "NOT A REAL SHIPMENT", 17, 26);

  const o = label.order;
  doc.font("Helvetica-Bold").fontSize(10);
  doc.text(`${COURIER_LABEL[label.courier]} · ${label.accountName}`, { width: INNER });
  doc.font("Helvetica").fontSize(8);
  doc.text(
    [label.serviceName, label.weightGrams ? `${label.weightGrams} g` : null]
      .filter(Boolean)
      .join(" · ") || " ",
    { width: INNER },
  );
  doc.image(await code128Png(label.awb, 14), PAGE.margin + 16, doc.y + 4, {
    fit: [INNER - 32, 60],
    align: "center",
  });
  doc.y += 70;
  doc.x = PAGE.margin;
  doc.font("Helvetica-Bold").fontSize(10).text(`AWB ${label.awb}`, { width: INNER });
  doc.font("Helvetica").fontSize(9).text(`Order ${o.number}`, { width: INNER });

  doc.moveDown(0.5).font("Helvetica-Bold").fontSize(9);
  doc.text(label.direction === "REVERSE" ? "PICK UP FROM (RETURN)" : "SHIP TO");
  doc.font("Helvetica").fontSize(9);
  for (const line of [
    o.customerName,
    o.addressLine1,
    o.addressLine2,
    o.landmark ? `Near ${o.landmark}` : null,
    `${o.city}, ${o.state} ${o.pincode}`,
    `Phone ${o.customerPhone}`,
  ])
    if (line) doc.text(line, { width: INNER });

  doc.moveDown(0.5).font("Helvetica-Bold").fontSize(9);
  doc.text(
    o.paymentMethod === "COD" && label.direction === "FORWARD"
      ? `COD ${formatRupees(o.codAmountPaise)} (would be collected)`
      : "PREPAID",
    { width: INNER },
  );
  doc.moveDown(0.5).font("Helvetica").fontSize(7.5);
  doc.text(
    `Booked on a dry-run courier account: nothing was booked with ${COURIER_LABEL[label.courier]} and no one will collect this parcel. Printed ${formatIst(printedAt)} IST.`,
    { width: INNER },
  );
  doc.end();
  return done;
}
