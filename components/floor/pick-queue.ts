import { get, update } from "idb-keyval";

// Floor actions live on the device (IndexedDB) from the moment they are made until the server
// has answered, so a dropped Wi-Fi connection, a closed tab or a reload loses nothing. An action
// the server refuses moves to the rejected list, which the picker sees until they dismiss it.
interface QueuedBase {
  clientEventId: string;
  /** SKU or barcode, as scanned */
  code: string;
  qty: number;
  title: string;
  queuedAt: string;
}

export interface QueuedPick extends QueuedBase {
  kind: "pick";
}
/** "Not in stock": `qty` units missing from the shelf */
export interface QueuedShort extends QueuedBase {
  kind: "short";
}
export type QueuedAction = QueuedPick | QueuedShort;

export type RejectedAction = QueuedAction & { reason: string };

const QUEUE = "packline.pick-queue.v1";
const REJECTED = "packline.pick-rejected.v1";

// Entries written before shorts were queued carry no kind: they are picks.
const withKind = <T extends QueuedBase & { kind?: QueuedAction["kind"] }>(entry: T) =>
  ({ ...entry, kind: entry.kind ?? "pick" }) as T & QueuedAction;

export async function readQueue(): Promise<QueuedAction[]> {
  return ((await get<QueuedAction[]>(QUEUE)) ?? []).map(withKind);
}

export async function readRejected(): Promise<RejectedAction[]> {
  return ((await get<RejectedAction[]>(REJECTED)) ?? []).map(withKind);
}

export async function enqueueAction(action: QueuedAction): Promise<void> {
  await update<QueuedAction[]>(QUEUE, (queue = []) => [
    ...queue.filter((p) => p.clientEventId !== action.clientEventId),
    action,
  ]);
}

export async function removeQueued(clientEventId: string): Promise<void> {
  await update<QueuedAction[]>(QUEUE, (queue = []) =>
    queue.filter((p) => p.clientEventId !== clientEventId),
  );
}

export async function rejectQueued(action: QueuedAction, reason: string): Promise<void> {
  await update<RejectedAction[]>(REJECTED, (list = []) => [
    ...list.filter((p) => p.clientEventId !== action.clientEventId),
    { ...action, reason },
  ]);
  await removeQueued(action.clientEventId);
}

export async function dismissRejected(clientEventId: string): Promise<void> {
  await update<RejectedAction[]>(REJECTED, (list = []) =>
    list.filter((p) => p.clientEventId !== clientEventId),
  );
}
