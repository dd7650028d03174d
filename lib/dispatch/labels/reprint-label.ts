import type { Viewer } from "@/lib/auth/viewer";
import type { LabelLayout } from "@/lib/generated/prisma/enums";
import { getShipmentLabel } from "@/lib/shipping/get-shipment-label";
import { mergeLabels } from "./merge-labels";

/**
 * One shipment's label again (order page, pack station): the cached copy as the courier issued
 * it, or laid out for the chosen printer (a 4×6 page, or the top-left quarter of an A4 sheet).
 */
export async function reprintLabel(input: {
  shipmentId: string;
  viewer: Viewer;
  layout?: LabelLayout;
}): Promise<{ awb: string; pdf: Uint8Array }> {
  const label = await getShipmentLabel(input);
  if (!input.layout) return label;
  const merged = await mergeLabels(input.layout, [{ key: label.awb, pdf: label.pdf }]);
  // an unreadable cached label is still served as it is: the browser may open what pdf-lib cannot
  return { awb: label.awb, pdf: merged.pdf ?? label.pdf };
}
