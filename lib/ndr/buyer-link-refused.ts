import { AppError } from "@/lib/errors/app-error";
import { shipmentOfBuyerNdrToken } from "./buyer-link";

/** The sentence for a link that is forged, damaged or past its week. */
export const LINK_REFUSED =
  "This link is not valid or has expired. Reply to the message you received, or contact the store.";

/** The shipment the buyer's link names, or a 404 with a sentence (the same for every bad link). */
export function shipmentOfLink(token: string, now: Date): string {
  const shipmentId = shipmentOfBuyerNdrToken(token, now);
  if (!shipmentId) throw new AppError("NOT_FOUND", LINK_REFUSED);
  return shipmentId;
}
