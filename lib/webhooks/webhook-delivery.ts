import { findInvalidText, isCleanText, replaceInvalidText } from "@/lib/validation/clean-text";

/** One POST to a webhook URL, as the receivers hand it to the shared store. */
export interface WebhookDelivery {
  /** "razorpay", "shiprocket", "ekart", "delhivery" */
  provider: string;
  rawBody: string;
  headers: Headers;
  /** the headers worth keeping for inspection */
  keptHeaders: readonly string[];
  /** headers that carry a shared secret: only whether they were sent is kept */
  secretHeaders?: readonly string[];
}

// Headers are chosen by name, but their values come from the sender: capped so a delivery
// cannot make its row large through them.
const HEADER_VALUE_MAX = 200;

export function keptHeadersOf(delivery: WebhookDelivery): Record<string, string | null> {
  const kept = (name: string) => {
    const value = delivery.headers.get(name);
    return value === null ? null : replaceInvalidText(value.slice(0, HEADER_VALUE_MAX));
  };
  return Object.fromEntries([
    ...delivery.keptHeaders.map((name) => [name, kept(name)]),
    ...(delivery.secretHeaders ?? []).map((name) => [
      name,
      delivery.headers.has(name) ? "[redacted]" : null,
    ]),
  ]);
}

/**
 * Why a verified body cannot be stored and applied as it is: text PostgreSQL cannot hold (a NUL,
 * raw or as the JSON escape \u0000, or half a surrogate pair), or null when it can. A body that
 * is not JSON is left to the provider's parser to report.
 */
export function unstorableTextIn(rawBody: string, parsed?: unknown): string | null {
  if (!isCleanText(rawBody)) return "The body holds a NUL character.";
  let json = parsed;
  if (json === undefined) {
    try {
      json = JSON.parse(rawBody);
    } catch {
      return null;
    }
  }
  const at = findInvalidText(json);
  if (at === null) return null;
  return `The body holds text that cannot be stored (a NUL character or half of a Unicode surrogate pair) at ${at || "its top level"}.`;
}
