import { mkdir, writeFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { crowdedBoxes, readPdfLayout, type PdfLayout } from "@/lib/testing/pdf-layout";
import type { PackOrder } from "./get-pack-order";
import { renderPackingSlip } from "./render-packing-slip";

// The slip is checked as printed: pdf.js reads where every text run landed, the page is
// rasterised to test-results/ to look at, and the checks fail on overlapping or clipped text.

const item = (sku: string, title: string, qtyOrdered: number, qtyShort = 0) => ({
  id: sku,
  sku,
  barcode: null,
  title,
  imageUrl: null,
  binLocation: null,
  qtyOrdered,
  qtyPicked: qtyOrdered - qtyShort,
  qtyShort,
  qtyVerified: qtyOrdered - qtyShort,
});

function order(method: "COD" | "PREPAID", refundDuePaise: number): PackOrder {
  return {
    id: "o1",
    number: "PL-100170",
    status: "PROCESSING",
    version: 3,
    readyToPack: true,
    hasShortItems: true,
    onHold: false,
    packDecision: "SHIP_PARTIAL",
    packDecisionReason: "Customer agreed",
    packDecidedAt: null,
    packDecidedBy: null,
    placedAt: "2026-11-28T18:29:00.000Z",
    packedAt: null,
    customer: { name: "Aishwarya Venkataraman Subramanian", phone: "+919812345678" },
    address: {
      line1: "Flat 1204, Tower B, Prestige Shantiniketan, Whitefield Main Road",
      line2: "Near ITPL back gate",
      landmark: "Opposite Forum Value Mall",
      city: "Bengaluru",
      state: "Karnataka",
      pincode: "560048",
    },
    payment: {
      method,
      status: method === "COD" ? "PENDING" : "PAID",
      totalPaise: 224_400,
      codToCollectPaise: method === "COD" ? 179_500 : 0,
      refundDuePaise,
      shortValuePaise: 44_900,
    },
    items: [
      item("KUR-COT-IND-XL", "Cotton kurta, indigo block print, extra large", 2),
      item("DUP-SLK-MAR", "Silk dupatta, maroon with zari border", 1, 1),
      item("BNG-GLS-SET12", "Glass bangles, set of 12, assorted colours", 10),
    ],
    allVerified: true,
  };
}

async function slip(o: PackOrder, name: string): Promise<PdfLayout> {
  const layout = await readPdfLayout(
    await renderPackingSlip(o, new Date("2026-12-06T07:35:00.000Z")),
  );
  await mkdir("test-results", { recursive: true });
  await Promise.all(
    layout.pages.map((p, i) => writeFile(`test-results/${name}-page${i + 1}.png`, p.png)),
  );
  return layout;
}

// the slip's own margin: a thermal printer loses what is drawn closer to the edge
const MARGIN = 14;

function expectLaidOut(layout: PdfLayout) {
  expect(crowdedBoxes(layout.boxes).map(([a, b]) => `${a.text} / ${b.text}`)).toEqual([]);
  for (const box of layout.boxes) {
    const page = layout.pages[box.page - 1]!;
    expect(box.left, box.text).toBeGreaterThanOrEqual(MARGIN - 0.5);
    expect(box.right, box.text).toBeLessThanOrEqual(page.width - MARGIN + 0.5);
    expect(box.top, box.text).toBeGreaterThanOrEqual(MARGIN - 0.5);
    expect(box.bottom, box.text).toBeLessThanOrEqual(page.height - MARGIN + 0.5);
  }
}

const text = (layout: PdfLayout) => layout.boxes.map((b) => b.text).join(" ");

describe("renderPackingSlip", () => {
  it("lays a partial COD slip out with nothing overlapping or off the page", async () => {
    const layout = await slip(order("COD", 0), "slip-cod-partial");
    expectLaidOut(layout);
    const words = text(layout);
    expect(words).toContain("COLLECT Rs. 1,795.00");
    expect(words).toContain("In box");
    expect(words).not.toMatch(/refund/i);
  });

  it("tells a prepaid customer the refund owed, with its amount", async () => {
    const layout = await slip(order("PREPAID", 44_900), "slip-prepaid-partial");
    expectLaidOut(layout);
    expect(text(layout)).toMatch(/Rs\. 449\.00 will be\s+refunded to you/);
  });

  it("finds text that overlaps or runs together on a line, and only that", () => {
    const box = (text: string, left: number, right: number, top = 14) => ({
      page: 1,
      text,
      left,
      right,
      top,
      bottom: top + 10,
    });
    expect(crowdedBoxes([box("PACKING SLIP", 14, 92), box("printed", 80, 200)])).toHaveLength(1);
    expect(crowdedBoxes([box("In box", 224, 246), box("Short", 249, 267)])).toHaveLength(1);
    expect(crowdedBoxes([box("In box", 216, 238), box("Short", 250, 270)])).toEqual([]);
    expect(crowdedBoxes([box("a", 14, 90), box("b", 14, 90, 26)])).toEqual([]);
  });
});
