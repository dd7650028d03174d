import PDFDocument from "pdfkit";

/** A real PDF with the given lines (labels, manifests), rendered with pdfkit. */
export function renderPdf(title: string, lines: string[]): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: [288, 432], margin: 18 });
    const chunks: Buffer[] = [];
    doc.on("data", (c: Buffer) => chunks.push(c));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
    doc.fontSize(14).text(title).moveDown(0.5).fontSize(9);
    for (const line of lines) doc.text(line);
    doc.end();
  });
}
