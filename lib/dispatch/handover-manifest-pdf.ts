import PDFDocument from "pdfkit";
import { code128Png, collectPdf } from "@/lib/pdf/pdf-output";
import { formatIst, formatRupees } from "@/lib/warehouse/format";
import type { HandoverForManifest, ManifestParcel } from "./handover-parcels";

// Packline's dock sheet for a handover: what the courier's pickup person signs for. Every page
// repeats who, what and how many, so a loose page still says which truck it belongs to; each
// AWB has its barcode so the pickup person can scan the sheet instead of each parcel.

const PAGE = { width: 595.28, height: 841.89, margin: 36 };
const ROW = 54;
const COLUMNS = { n: 36, barcode: 58, awb: 250, weight: 410, cod: 470 };

const parcelCount = (n: number) => `${n} parcel${n === 1 ? "" : "s"}`;
const kg = (grams: number) => `${(grams / 1000).toFixed(2)} kg`;

function header(doc: PDFKit.PDFDocument, sheet: Sheet, page: number, pages: number): void {
  const { handover } = sheet;
  doc.font("Helvetica-Bold").fontSize(16).fillColor("black");
  doc.text(`${handover.courierAccountName}: handover manifest`, PAGE.margin, PAGE.margin);
  doc.font("Helvetica").fontSize(10);
  doc.text(`${sheet.storeName}, pickup location ${handover.locationName}`);
  doc.text(
    `Closed ${formatIst(handover.closedAt ?? new Date())} IST by ${handover.closedByName ?? "-"}` +
      `    Parcels: ${handover.parcels.length}    Page ${page} of ${pages}`,
  );
  doc.text(
    `Handover ${handover.id}` +
      (handover.manifestId ? `    ${handover.courier} manifest ${handover.manifestId}` : ""),
  );
  if (handover.pickupDate)
    doc.text(`Pickup asked for ${handover.pickupDate}, ${handover.pickupSlot ?? "any time"} (IST)`);
  const y = doc.y + 8;
  doc.font("Helvetica-Bold").fontSize(9);
  doc.text("#", COLUMNS.n, y).text("AWB barcode", COLUMNS.barcode, y);
  doc.text("AWB / order", COLUMNS.awb, y);
  doc.text("Weight", COLUMNS.weight, y).text("COD to collect", COLUMNS.cod, y);
  doc
    .moveTo(PAGE.margin, y + 13)
    .lineTo(PAGE.width - PAGE.margin, y + 13)
    .stroke();
  doc.y = y + 18;
}

async function row(doc: PDFKit.PDFDocument, parcel: ManifestParcel, n: number): Promise<void> {
  const y = doc.y;
  doc.font("Helvetica").fontSize(11);
  doc.text(String(n), COLUMNS.n, y + 16);
  doc.image(await code128Png(parcel.awb, 9), COLUMNS.barcode, y + 2, { fit: [180, ROW - 8] });
  // the AWB again in type: a smudged bar code is read out over the phone
  doc.font("Helvetica-Bold").text(parcel.awb, COLUMNS.awb, y + 9, { width: 150 });
  doc
    .font("Helvetica")
    .fontSize(9)
    .text(parcel.orderNumber, COLUMNS.awb, y + 26, { width: 150 });
  doc.fontSize(11);
  doc.text(parcel.weightGrams ? kg(parcel.weightGrams) : "-", COLUMNS.weight, y + 16);
  doc
    .font(parcel.codPaise ? "Helvetica-Bold" : "Helvetica")
    .text(parcel.codPaise ? formatRupees(parcel.codPaise) : "Prepaid", COLUMNS.cod, y + 16);
  doc
    .moveTo(PAGE.margin, y + ROW - 2)
    .lineTo(PAGE.width - PAGE.margin, y + ROW - 2)
    .lineWidth(0.3)
    .stroke();
  doc.lineWidth(1);
  doc.y = y + ROW;
}

function totalsAndSignatures(doc: PDFKit.PDFDocument, sheet: Sheet): void {
  const parcels = sheet.handover.parcels;
  const grams = parcels.reduce((sum, p) => sum + (p.weightGrams ?? 0), 0);
  const cod = parcels.filter((p) => p.codPaise > 0);
  const codPaise = cod.reduce((sum, p) => sum + p.codPaise, 0);
  const y = doc.y + 8;
  doc.font("Helvetica-Bold").fontSize(12);
  doc.text(`Total parcels: ${parcels.length}`, PAGE.margin, y);
  doc.text(`Total weight: ${kg(grams)}`, PAGE.margin + 170, y);
  doc.text(`COD: ${parcelCount(cod.length)}, ${formatRupees(codPaise)}`, PAGE.margin + 330, y);
  const lineY = doc.y + 48;
  doc.font("Helvetica").fontSize(10);
  for (const [x, who] of [
    [PAGE.margin, `${sheet.handover.courierAccountName} pickup person`],
    [PAGE.width / 2 + 10, "Packer (Packline warehouse)"],
  ] as const) {
    doc
      .moveTo(x, lineY)
      .lineTo(x + 240, lineY)
      .stroke();
    doc.text(`${who}: name, signature, date and time`, x, lineY + 4, { width: 240 });
  }
  doc.text(`Received ${parcels.length} parcels in good condition.`, PAGE.margin, lineY + 36);
}

interface Sheet {
  handover: HandoverForManifest;
  storeName: string;
}

const ROOM_FOR_TOTALS = 150;

/** Rows per page: the header takes ~120 pt; the last page also holds totals and signatures. */
function paginate(parcels: ManifestParcel[]): ManifestParcel[][] {
  const perPage = Math.floor((PAGE.height - 2 * PAGE.margin - 120) / ROW);
  const pages: ManifestParcel[][] = [];
  for (let i = 0; i < parcels.length; i += perPage) pages.push(parcels.slice(i, i + perPage));
  const last = pages.at(-1) ?? [];
  if (pages.length === 0 || (perPage - last.length) * ROW < ROOM_FOR_TOTALS) pages.push([]);
  return pages;
}

export async function renderHandoverManifest(sheet: Sheet): Promise<Uint8Array> {
  const doc = new PDFDocument({ size: "A4", margin: PAGE.margin, autoFirstPage: false });
  const done = collectPdf(doc).then((pdf) => new Uint8Array(pdf));
  const pages = paginate(sheet.handover.parcels);
  let n = 0;
  for (const [index, parcels] of pages.entries()) {
    doc.addPage();
    header(doc, sheet, index + 1, pages.length);
    for (const parcel of parcels) await row(doc, parcel, ++n);
  }
  totalsAndSignatures(doc, sheet);
  doc.end();
  return done;
}
