import { AppError } from "@/lib/errors/app-error";
import { readToken, signToken } from "@/lib/security/signed-token";

/** A buyer may answer for a week: ops usually decide long before, and then the page says so. */
export const CONFIRMATION_LINK_DAYS = 7;

const PURPOSE = "packline:cod-confirmation:v1";

/**
 * The buyer's page for one order's COD confirmation: `/confirm-order/<token>`, with
 * `?answer=cancel` for the cancel link. Opening it changes nothing (link previewers fetch
 * links); the buyer's tap on the page posts the answer.
 */
export function confirmationLinkPath(orderId: string, now: Date): string {
  const expires = new Date(now.getTime() + CONFIRMATION_LINK_DAYS * 86_400_000);
  return `/confirm-order/${signToken(PURPOSE, orderId, expires)}`;
}

export const CONFIRMATION_LINK_REFUSED =
  "This link is not valid or has expired. Reply to the message you received, or contact the store.";

/** The order a confirmation link names, or a 404 with one sentence for every bad link. */
export function orderOfConfirmationToken(token: string, now: Date): string {
  const orderId = readToken(PURPOSE, token, now);
  if (!orderId) throw new AppError("NOT_FOUND", CONFIRMATION_LINK_REFUSED);
  return orderId;
}
