import {
  PDFArray,
  PDFDocument,
  PDFEmbeddedPage,
  PDFName,
  PDFObjectCopier,
  PDFPageEmbedder,
  PDFPageLeaf,
  PDFRef,
  rgb,
  type PDFPage,
} from "pdf-lib";
import type { LabelLayout } from "@/lib/generated/prisma/enums";
import { fitInto, labelSheet } from "./label-sheet";

export interface LabelSource {
  /** what the caller knows the label by (an item id), to report an unreadable one */
  key: string;
  pdf: Uint8Array;
}

export interface MergedLabels {
  /** null when no source gave a page */
  pdf: Uint8Array | null;
  sheets: number;
  /** pages placed: a courier's label PDF may hold more than one page */
  labels: number;
  unreadable: { key: string; reason: string }[];
}

/**
 * Lays out label PDFs on sheets of `layout`, every page of every source in the order given. Each
 * source page goes in as a form XObject (its own content stream and resources, drawn scaled),
 * so the barcode stays the courier's vectors and its image stays the same image: never
 * re-rasterised, and sharp at any printer's resolution.
 *
 * Memory: sources come one at a time from an async iterable (the caller reads them from the
 * database a few at a time) and each is copied into the output and dropped, rather than kept
 * alive until `save()` as pdf-lib's lazy `embedPdf` keeps them. With 500 labels of a few kB each
 * this measures the same peak RSS as `embedPdf` (the output's own objects dominate), but the
 * copied pages' content streams are left out, so the PDF is smaller (bench/labels.ts).
 */
export async function mergeLabels(
  layout: LabelLayout,
  sources: AsyncIterable<LabelSource> | Iterable<LabelSource>,
): Promise<MergedLabels> {
  const sheet = labelSheet(layout);
  const out = await PDFDocument.create();
  out.setTitle("Shipping labels");
  out.setProducer("Packline");
  let page: PDFPage | null = null;
  let labels = 0;
  const unreadable: MergedLabels["unreadable"] = [];
  for await (const source of sources) {
    let document: PDFDocument;
    try {
      document = await PDFDocument.load(source.pdf, { updateMetadata: false });
    } catch (error) {
      unreadable.push({
        key: source.key,
        reason: `it is not a readable PDF (${(error as Error).message})`,
      });
      continue;
    }
    const unused: PDFRef[] = [];
    // the page and everything it refers to (fonts, images) copied into the output's objects
    const copy = PDFObjectCopier.for(document.context, out.context).copy;
    for (const sourcePage of document.getPages()) {
      const slot = labels % sheet.slots.length;
      if (slot === 0) page = newSheet(out, layout);
      const copied = copy(sourcePage.node);
      const copiedContents = contentRefs(copied);
      const embedder = await PDFPageEmbedder.for(copied);
      const ref = out.context.nextRef();
      await embedder.embedIntoContext(out.context, ref);
      // the form XObject holds the content now: the copied streams would be written unused
      // (pdf-lib's embedPdf leaves them in); taken before embedding, which wraps them in q/Q
      // streams the whole document shares, and dropped once every page of the source is in
      unused.push(...copiedContents);
      const form = PDFEmbeddedPage.of(ref, out, embedder);
      page!.drawPage(form, fitInto(sheet.slots[slot]!, form));
      labels += 1;
    }
    for (const stream of unused) out.context.delete(stream);
  }
  if (labels === 0) return { pdf: null, sheets: 0, labels, unreadable };
  return { pdf: await out.save(), sheets: out.getPageCount(), labels, unreadable };
}

/** The page's own content streams, by reference. */
function contentRefs(page: PDFPageLeaf): PDFRef[] {
  const contents = page.get(PDFName.of("Contents"));
  const items = contents instanceof PDFArray ? contents.asArray() : [contents];
  return items.filter((item): item is PDFRef => item instanceof PDFRef);
}

function newSheet(out: PDFDocument, layout: LabelLayout): PDFPage {
  const sheet = labelSheet(layout);
  const page = out.addPage([sheet.width, sheet.height]);
  for (const [x1, y1, x2, y2] of sheet.cuts)
    page.drawLine({
      start: { x: x1, y: y1 },
      end: { x: x2, y: y2 },
      thickness: 0.5,
      color: rgb(0.6, 0.6, 0.6),
      dashArray: [4, 4],
    });
  return page;
}
