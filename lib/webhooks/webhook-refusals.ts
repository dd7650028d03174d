import { rateLimit } from "@/lib/security/rate-limit";

/**
 * Deliveries that fail authentication, counted per sender address: after 20 in a minute, the
 * address is answered 429 (with Retry-After) before anything is verified or recorded, so an
 * unsigned flood costs at most 20 rejection rows a minute per address. Only refusals count: a
 * courier's genuine burst of thousands of scans is never slowed, and a sender whose secret was
 * rotated gets its answer (401) twenty times before the door closes for the minute.
 */
export const REFUSALS_PER_MINUTE = 20;

const refusals = rateLimit({
  name: "webhook-refusals",
  points: REFUSALS_PER_MINUTE,
  durationSeconds: 60,
  refusal: (seconds) =>
    `Too many deliveries from this address failed authentication. Try again in ${seconds} seconds.`,
});

// An address found admitted is not asked about again for a second in this process: a courier's
// burst then costs one read of the counter a second, not one per delivery. A refusal counted
// here forgets it at once; one counted by another process is seen within the second.
const ADMITTED_FOR_MS = 1_000;
const ADMITTED_MAX = 10_000;
const admitted = new Map<string, number>();

/** Throws RATE_LIMITED while the address has used up its refusals. */
export async function admitWebhookSender(address: string): Promise<void> {
  const now = Date.now();
  if ((admitted.get(address) ?? 0) > now) return;
  await refusals.check(address);
  if (admitted.size >= ADMITTED_MAX) admitted.clear();
  admitted.set(address, now + ADMITTED_FOR_MS);
}

/** A delivery from this address was refused (401). */
export async function countRefusedDelivery(address: string): Promise<void> {
  admitted.delete(address);
  await refusals.charge(address);
}
