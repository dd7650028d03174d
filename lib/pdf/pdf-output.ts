import bwipjs from "bwip-js/node";

/** The bytes of a pdfkit document once it ends; call before drawing, then `doc.end()`. */
export function collectPdf(doc: PDFKit.PDFDocument): Promise<Buffer> {
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  return new Promise((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
}

/** A Code 128 barcode PNG with the text under it, as label scanners read them. */
export function code128Png(text: string, height: number): Promise<Buffer> {
  return bwipjs.toBuffer({
    bcid: "code128",
    text,
    scale: 3,
    height,
    includetext: true,
    textxalign: "center",
  });
}
