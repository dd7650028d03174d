import { get, update } from "idb-keyval";

// Picks live on the device (IndexedDB) from the moment they are made until the server has
// answered, so a dropped Wi-Fi connection, a closed tab or a reload loses nothing. A pick the
// server refuses moves to the rejected list, which the picker sees until they dismiss it.
export interface QueuedPick {
  clientEventId: string;
  /** SKU or barcode, as scanned */
  code: string;
  qty: number;
  title: string;
  queuedAt: string;
}

export interface RejectedPick extends QueuedPick {
  reason: string;
}

const QUEUE = "packline.pick-queue.v1";
const REJECTED = "packline.pick-rejected.v1";

export async function readQueue(): Promise<QueuedPick[]> {
  return (await get<QueuedPick[]>(QUEUE)) ?? [];
}

export async function readRejected(): Promise<RejectedPick[]> {
  return (await get<RejectedPick[]>(REJECTED)) ?? [];
}

export async function enqueuePick(pick: QueuedPick): Promise<void> {
  await update<QueuedPick[]>(QUEUE, (queue = []) => [
    ...queue.filter((p) => p.clientEventId !== pick.clientEventId),
    pick,
  ]);
}

export async function removeQueued(clientEventId: string): Promise<void> {
  await update<QueuedPick[]>(QUEUE, (queue = []) =>
    queue.filter((p) => p.clientEventId !== clientEventId),
  );
}

export async function rejectQueued(pick: QueuedPick, reason: string): Promise<void> {
  await update<RejectedPick[]>(REJECTED, (list = []) => [
    ...list.filter((p) => p.clientEventId !== pick.clientEventId),
    { ...pick, reason },
  ]);
  await removeQueued(pick.clientEventId);
}

export async function dismissRejected(clientEventId: string): Promise<void> {
  await update<RejectedPick[]>(REJECTED, (list = []) =>
    list.filter((p) => p.clientEventId !== clientEventId),
  );
}
