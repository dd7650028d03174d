import { db } from "@/lib/db";
import { clientIp } from "@/lib/http/client-ip";
import { log } from "@/lib/observability/logger";
import { replaceInvalidText } from "@/lib/validation/clean-text";
import { keptHeadersOf, type WebhookDelivery } from "./webhook-delivery";

/** How much of a refused body is kept: enough to recognise it, never enough to fill a disk. */
export const REJECTED_BODY_PREFIX_CHARS = 512;

/** Where a refusal keeps the names (never the values) of every header the request arrived with. */
export const RECEIVED_HEADER_NAMES = "(header names received)";
const RECEIVED_HEADER_NAMES_MAX = 50;

/**
 * Every header name the request arrived with (the sender's, and the X-Forwarded-* a proxy or the
 * web server adds), sorted, at most 50: when a sender signs in a header Packline does not look at
 * (Ekart does not publish its signature header's name), the refusal shows which.
 */
function receivedHeaderNames(headers: Headers): string {
  const names = [...headers.keys()].map((name) => replaceInvalidText(name.slice(0, 64)));
  const shown = names.sort().slice(0, RECEIVED_HEADER_NAMES_MAX).join(", ");
  return names.length > RECEIVED_HEADER_NAMES_MAX ? `${shown}, …` : shown;
}

/**
 * Records a delivery that failed authentication (bad or missing token or signature, or no
 * secret to check it with): who sent it, when, why it was refused, the headers worth keeping
 * (secret-bearing ones redacted) and the names of all it arrived with, the body's size and its
 * first 512 characters. Its body is never stored whole, so unsigned posts cannot grow the
 * database faster than a row each; the retention job purges these rows with the handled webhook
 * events.
 */
export async function recordWebhookRejection(
  input: WebhookDelivery & { reason: string },
): Promise<{ id: string }> {
  const row = await db.webhookRejection.create({
    data: {
      provider: input.provider,
      reason: input.reason,
      clientIp: clientIp(input.headers),
      headers: {
        ...keptHeadersOf(input),
        [RECEIVED_HEADER_NAMES]: receivedHeaderNames(input.headers),
      },
      bodyBytes: Buffer.byteLength(input.rawBody, "utf8"),
      // Cut first, then clean: the cut may leave half of a surrogate pair at the end.
      bodyPrefix: replaceInvalidText(input.rawBody.slice(0, REJECTED_BODY_PREFIX_CHARS)),
    },
    select: { id: true },
  });
  log.warn("webhook rejected", {
    provider: input.provider,
    reason: input.reason,
    webhookRejectionId: row.id,
  });
  return row;
}
