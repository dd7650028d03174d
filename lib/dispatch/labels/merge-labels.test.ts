import {
  decodePDFRawStream,
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFName,
  PDFRawStream,
  PDFRef,
  rgb,
} from "pdf-lib";
import { describe, expect, it } from "vitest";
import { mergeLabels } from "./merge-labels";

/** A 4×6 label whose page draws with `streams` content streams (a courier's PDF edited later has two). */
async function label(streams: 1 | 2): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc
    .addPage([288, 432])
    .drawRectangle({ x: 10, y: 10, width: 50, height: 20, color: rgb(0, 0, 0) });
  if (streams === 1) return doc.save();
  const edited = await PDFDocument.load(await doc.save());
  edited.getPage(0).drawCircle({ x: 100, y: 100, size: 5 });
  return edited.save();
}

/** The merged page's form XObjects, each as the operators it draws. */
function forms(pdf: PDFDocument): string[] {
  const xobjects = pdf.getPage(0).node.Resources()!.lookup(PDFName.of("XObject"), PDFDict);
  return xobjects.values().map((ref) => {
    const stream = pdf.context.lookup(ref as PDFRef) as PDFRawStream;
    expect(stream.dict.get(PDFName.of("Subtype"))).toBe(PDFName.of("Form"));
    return Buffer.from(decodePDFRawStream(stream).decode()).toString("latin1");
  });
}

describe("mergeLabels", () => {
  it("draws a one-stream label and a two-stream one as forms, each with all its operators", async () => {
    const sources = [await label(1), await label(2)];
    const source = await PDFDocument.load(sources[1]!);
    expect(source.getPage(0).node.get(PDFName.of("Contents"))).toBeInstanceOf(PDFArray);

    const merged = await mergeLabels(
      "A4_FOUR_UP",
      sources.map((pdf, i) => ({ key: String(i), pdf })),
    );

    expect(merged).toMatchObject({ sheets: 1, labels: 2, unreadable: [] });
    const [one, two] = forms(await PDFDocument.load(merged.pdf!));
    const rectangle = /50 20 l\n50 0 l\nh\nf\n/;
    expect(one).toMatch(rectangle);
    expect(two).toMatch(rectangle);
    expect(two).toMatch(/ c\n/); // the circle's Bézier curves, from the second stream
  });
});
