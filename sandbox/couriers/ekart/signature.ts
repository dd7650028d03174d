import { createHmac } from "node:crypto";

// How the sandbox signs the Ekart pushes it sends. Ekart publishes only that the registered
// secret is used for an HMAC of the body, not the header or encoding (see the adapter's
// lib/couriers/ekart/webhook-signature.ts). This constant is the sandbox's own on purpose: were it
// imported from the adapter, a wrong guess would pass every test. A unit test compares the two.
export const EKART_SANDBOX_SIGNATURE_HEADER = "x-ekart-signature";

/** The headers an Ekart push carries: hex HMAC-SHA256 of the raw body under the header above. */
export function ekartPushHeaders(rawBody: string, secret: string): Record<string, string> {
  const digest = createHmac("sha256", secret).update(rawBody).digest("hex");
  return { [EKART_SANDBOX_SIGNATURE_HEADER]: digest };
}
