import { withHeldAdvisoryLock } from "@/lib/locks/held-advisory-lock";

/**
 * Two syncs of one order source never run at once, across web and worker processes: the second
 * finds the lock held and does not start. The lock is held for the whole sync; a sync cut short
 * by a lost lock connection is safe to overlap, as its writes are idempotent.
 */
export function withOrderSyncLock<T>(
  sourceId: string,
  work: () => Promise<T>,
): Promise<{ locked: false } | { locked: true; result: T }> {
  return withHeldAdvisoryLock(
    `packline:order-sync:${sourceId}`,
    { wait: false, name: "order-sync-lock" },
    work,
  );
}
