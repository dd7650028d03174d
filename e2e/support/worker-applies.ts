/**
 * How long a journey waits for a courier webhook's effect: the route stores the scan and the
 * stack's worker applies it (lib/webhooks/README.md), normally within a second or two.
 */
export const WORKER_APPLIES = { timeout: 15_000 };
