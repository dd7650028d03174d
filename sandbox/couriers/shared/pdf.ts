import bwipjs from "bwip-js/node";
import PDFDocument from "pdfkit";

/**
 * Real PDFs for the sandbox couriers, shared by all of them: a 4×6 inch shipping label with a
 * Code 128 barcode of the AWB, and an A4 manifest listing the handed-over parcels.
 *
 * ```ts
 * const pdf = await renderLabelPdf({ courier: "Ekart", awb, lines: ["To: Asha Rao", "Pune 411001"] });
 * const list = await renderManifestPdf({ courier: "Ekart", manifestId, rows: [{ awb, reference, destination }] });
 * ```
 */
function collect(doc: PDFKit.PDFDocument): Promise<Buffer> {
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  return new Promise((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
}

export interface LabelSpec {
  courier: string;
  awb: string;
  /** service, addresses, weight, payment: one printed line each */
  lines: string[];
}

/** One label page per spec, in order. */
export async function renderLabelPdf(specs: LabelSpec | LabelSpec[]): Promise<Buffer> {
  const labels = Array.isArray(specs) ? specs : [specs];
  const doc = new PDFDocument({ size: [288, 432], margin: 14, autoFirstPage: false });
  const done = collect(doc);
  for (const label of labels) {
    doc.addPage();
    doc.font("Helvetica-Bold").fontSize(14).text(`${label.courier} (sandbox)`);
    const barcode = await bwipjs.toBuffer({
      bcid: "code128",
      text: label.awb,
      scale: 2,
      height: 14,
      includetext: true,
      textxalign: "center",
    });
    doc.image(barcode, { fit: [260, 90], align: "center" }).moveDown(0.5);
    doc.font("Helvetica").fontSize(9);
    for (const line of label.lines) doc.text(line);
  }
  doc.end();
  return done;
}

export interface ManifestRow {
  awb: string;
  reference: string;
  destination: string;
}

export async function renderManifestPdf(manifest: {
  courier: string;
  manifestId: string;
  rows: ManifestRow[];
}): Promise<Buffer> {
  const doc = new PDFDocument({ size: "A4", margin: 40 });
  const done = collect(doc);
  doc
    .font("Helvetica-Bold")
    .fontSize(16)
    .text(`${manifest.courier} manifest ${manifest.manifestId}`);
  doc
    .font("Helvetica")
    .fontSize(9)
    .text(`Generated ${new Date().toISOString()} (sandbox)`)
    .moveDown();
  manifest.rows.forEach((row, i) => {
    doc.text(
      `${String(i + 1).padStart(3)}  ${row.awb.padEnd(20)} ${row.reference.padEnd(24)} ${row.destination}`,
    );
  });
  doc.moveDown().text(`Parcels: ${manifest.rows.length}    Pickup signature: ____________________`);
  doc.end();
  return done;
}
