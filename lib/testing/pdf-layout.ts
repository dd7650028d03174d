import { createRequire } from "node:module";
import path from "node:path";
import { createCanvas } from "@napi-rs/canvas";
import * as pdfjs from "pdfjs-dist/legacy/build/pdf.mjs";

// Reads a PDF the way a printer would see it, for tests: every text run with its box in points
// (origin top left), and each page rasterised to a PNG to look at. pdf.js with a canvas that npm
// installs prebuilt, so this runs on a fresh machine with no poppler or system libraries.

export interface TextBox {
  page: number;
  text: string;
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface PdfLayout {
  /** png is empty when the caller asked for text only */
  pages: { width: number; height: number; png: Buffer }[];
  boxes: TextBox[];
}

const fontsDir = path.join(
  path.dirname(createRequire(import.meta.url).resolve("pdfjs-dist/package.json")),
  "standard_fonts/",
);

/** Text boxes of every page, and (with `scale`) each page as a PNG at that many pixels a point. */
export async function readPdfLayout(pdf: Buffer, scale: number | null = 3): Promise<PdfLayout> {
  const doc = await pdfjs.getDocument({
    data: new Uint8Array(pdf),
    standardFontDataUrl: fontsDir,
    disableFontFace: true,
    verbosity: 0,
  }).promise;
  const out: PdfLayout = { pages: [], boxes: [] };
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const [, , width, height] = page.view as [number, number, number, number];
    const content = await page.getTextContent();
    for (const item of content.items) {
      if (!("str" in item) || item.str.trim() === "") continue;
      const [, , , d, x, y] = item.transform as number[];
      // the baseline is at y; the run's glyphs rise about its font size above it
      const size = Math.abs(d!) || item.height;
      out.boxes.push({
        page: n,
        text: item.str,
        left: x!,
        right: x! + item.width,
        top: height - y! - size * 0.75,
        bottom: height - y! + size * 0.2,
      });
    }
    if (scale === null) {
      out.pages.push({ width, height, png: Buffer.alloc(0) });
      continue;
    }
    const viewport = page.getViewport({ scale });
    const canvas = createCanvas(Math.ceil(viewport.width), Math.ceil(viewport.height));
    const context = canvas.getContext("2d");
    context.fillStyle = "white";
    context.fillRect(0, 0, canvas.width, canvas.height);
    await page.render({ canvas: canvas as never, canvasContext: context as never, viewport })
      .promise;
    out.pages.push({ width, height, png: await canvas.encode("png") });
  }
  await doc.destroy();
  return out;
}

/**
 * Text runs that overlap, or on the same line come closer than `gap` points, to another run on
 * the same page: each pair once. Runs closer than two spaces read as one phrase ("In box Short").
 */
export function crowdedBoxes(boxes: TextBox[], gap = 4): [TextBox, TextBox][] {
  const pairs: [TextBox, TextBox][] = [];
  boxes.forEach((a, i) => {
    for (const b of boxes.slice(i + 1))
      if (
        a.page === b.page &&
        a.top < b.bottom - 0.5 &&
        b.top < a.bottom - 0.5 &&
        a.left < b.right + gap &&
        b.left < a.right + gap
      )
        pairs.push([a, b]);
  });
  return pairs;
}
