import {
  PDFArray,
  PDFDocument,
  PDFEmbeddedPage,
  PDFName,
  PDFNumber,
  PDFObjectCopier,
  type PDFObject,
  PDFPageEmbedder,
  PDFPageLeaf,
  PDFRawStream,
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
 * alive until `save()` as pdf-lib's lazy `embedPdf` keeps them. The output's own objects are
 * small (about 8 MB of heap for 500 labels); what raised the process's peak RSS was garbage and
 * the allocator keeping it (lib/dispatch/labels/README.md, bench/labels.ts).
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
    // the page and everything it refers to (fonts, images) copied into the output's objects
    const copy = PDFObjectCopier.for(document.context, out.context).copy;
    for (const sourcePage of document.getPages()) {
      const slot = labels % sheet.slots.length;
      if (slot === 0) page = newSheet(out, layout);
      const form = await embedCopiedPage(out, copy(sourcePage.node));
      page!.drawPage(form, fitInto(sheet.slots[slot]!, form));
      labels += 1;
    }
  }
  if (labels === 0) return { pdf: null, sheets: 0, labels, unreadable };
  return { pdf: await out.save(), sheets: out.getPageCount(), labels, unreadable };
}

/**
 * A copied page as a form XObject of the output. A page drawn by one content stream (what
 * courier labels are) becomes the form itself: its dictionary gains the form's entries and its
 * bytes stay the courier's, still compressed, so nothing is inflated, re-deflated or left behind
 * (PDFPageEmbedder decodes every stream and deflates a copy with pako, about 0.3 MB of garbage a
 * label, which set the job's peak RSS: bench/labels.ts). Any other page goes the embedder's way,
 * and its copied streams, which the form replaces, are dropped.
 */
async function embedCopiedPage(out: PDFDocument, copied: PDFPageLeaf): Promise<PDFEmbeddedPage> {
  const embedder = await PDFPageEmbedder.for(copied);
  const contents = contentRefs(copied);
  const stream = contents.length === 1 ? out.context.lookup(contents[0]) : undefined;
  const resources = copied.get(PDFName.of("Resources"));
  if (stream instanceof PDFRawStream && resources) {
    // the entries PDFPageEmbedder gives its form, around the page's own bytes
    const { left, bottom, right, top } = embedder.boundingBox;
    const set = (key: string, value: PDFObject) => stream.dict.set(PDFName.of(key), value);
    set("Type", PDFName.of("XObject"));
    set("Subtype", PDFName.of("Form"));
    set("FormType", PDFNumber.of(1));
    set("BBox", out.context.obj([left, bottom, right, top]));
    set("Matrix", out.context.obj(embedder.transformationMatrix));
    set("Resources", resources);
    return PDFEmbeddedPage.of(contents[0]!, out, embedder);
  }
  // taken before embedding, which wraps them in q/Q streams the whole document shares
  const ref = out.context.nextRef();
  await embedder.embedIntoContext(out.context, ref);
  for (const unused of contents) out.context.delete(unused);
  return PDFEmbeddedPage.of(ref, out, embedder);
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
