import type { QueuedAction } from "./pick-queue";

// The order rules of the offline queue, apart from IndexedDB and fetch so they can be tested:
// actions go to the server one at a time in the order they were made (a short after a pick of
// the same SKU must land after it); a refused one is set aside with the server's sentence and
// the next is sent; a network failure stops the run, so nothing overtakes the action still
// waiting.
export type Delivery<R> =
  { kind: "synced"; result: R } | { kind: "waiting" } | { kind: "rejected"; reason: string };

export interface ReplayReport<R> {
  synced: { action: QueuedAction; result: R }[];
  rejected: { action: QueuedAction; reason: string }[];
  /** still on the device, oldest first */
  waiting: QueuedAction[];
}

export async function replayQueue<R>(
  queue: readonly QueuedAction[],
  deliver: (action: QueuedAction) => Promise<Delivery<R>>,
): Promise<ReplayReport<R>> {
  const report: ReplayReport<R> = { synced: [], rejected: [], waiting: [] };
  for (const [index, action] of queue.entries()) {
    const outcome = await deliver(action);
    if (outcome.kind === "waiting") {
      report.waiting = queue.slice(index);
      break;
    }
    if (outcome.kind === "synced") report.synced.push({ action, result: outcome.result });
    else report.rejected.push({ action, reason: outcome.reason });
  }
  return report;
}
