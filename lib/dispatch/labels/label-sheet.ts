import type { LabelLayout } from "@/lib/generated/prisma/enums";

// Where labels go on the printed sheet, in PDF points (1/72 inch, origin bottom-left).

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface LabelSheet {
  width: number;
  height: number;
  /** label slots in print order: reading order, top-left first */
  slots: Box[];
  /** dashed lines to cut the sheet along, as [x1, y1, x2, y2] */
  cuts: [number, number, number, number][];
}

const INCH = 72;
const A4 = { width: 595.28, height: 841.89 };
// A4 printers do not print to the edge; the gutter leaves room for a guillotine cut either side
// of the cut line, so no label loses its border to a slightly skewed cut.
const A4_MARGIN = 24;
const A4_GUTTER = 24;

function fourUp(): LabelSheet {
  const width = (A4.width - 2 * A4_MARGIN - A4_GUTTER) / 2;
  const height = (A4.height - 2 * A4_MARGIN - A4_GUTTER) / 2;
  const left = A4_MARGIN;
  const right = A4_MARGIN + width + A4_GUTTER;
  const top = A4.height - A4_MARGIN - height;
  const bottom = A4_MARGIN;
  const midX = A4.width / 2;
  const midY = A4.height / 2;
  return {
    ...A4,
    slots: [
      { x: left, y: top, width, height },
      { x: right, y: top, width, height },
      { x: left, y: bottom, width, height },
      { x: right, y: bottom, width, height },
    ],
    cuts: [
      [midX, A4_MARGIN / 2, midX, A4.height - A4_MARGIN / 2],
      [A4_MARGIN / 2, midY, A4.width - A4_MARGIN / 2, midY],
    ],
  };
}

const SHEETS: Record<LabelLayout, LabelSheet> = {
  // a thermal printer's 4×6 inch label: the label fills the page, the printer cuts nothing
  THERMAL_4X6: {
    width: 4 * INCH,
    height: 6 * INCH,
    slots: [{ x: 0, y: 0, width: 4 * INCH, height: 6 * INCH }],
    cuts: [],
  },
  A4_FOUR_UP: fourUp(),
};

export function labelSheet(layout: LabelLayout): LabelSheet {
  return SHEETS[layout];
}

/** How many sheets `labels` labels take. */
export function sheetCount(layout: LabelLayout, labels: number): number {
  return Math.ceil(labels / SHEETS[layout].slots.length);
}

/**
 * A label of `source` size scaled to fit `slot` whole, aspect kept, centred: a courier's label
 * is never cropped or stretched (a stretched barcode may not scan). Never scaled up past 1 on a
 * slot larger than the label, so a 4×6 label prints at its true size.
 */
export function fitInto(slot: Box, source: { width: number; height: number }): Box {
  const scale = Math.min(slot.width / source.width, slot.height / source.height, 1);
  const width = source.width * scale;
  const height = source.height * scale;
  return {
    x: slot.x + (slot.width - width) / 2,
    y: slot.y + (slot.height - height) / 2,
    width,
    height,
  };
}
