"use client";

import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from "react";
import { isRetryable, messageOf, sendPick, type PickResult } from "./floor-api";
import {
  dismissRejected,
  enqueuePick,
  readQueue,
  readRejected,
  rejectQueued,
  removeQueued,
  type QueuedPick,
  type RejectedPick,
} from "./pick-queue";

function subscribeOnline(onChange: () => void) {
  window.addEventListener("online", onChange);
  window.addEventListener("offline", onChange);
  return () => {
    window.removeEventListener("online", onChange);
    window.removeEventListener("offline", onChange);
  };
}

export type SendOutcome =
  | { kind: "synced"; result: PickResult }
  | { kind: "waiting" }
  | { kind: "rejected"; reason: string };

/**
 * The device's pick queue as React state: every pick is written to IndexedDB before it is sent
 * and removed only once the server has answered. Waiting picks are replayed, with their
 * clientEventId, when the browser comes back online and every 15 s while any are waiting.
 */
export function usePickSync(onSynced: (result: PickResult) => void) {
  const [queue, setQueue] = useState<QueuedPick[]>([]);
  const [rejected, setRejected] = useState<RejectedPick[]>([]);
  const online = useSyncExternalStore(
    subscribeOnline,
    () => navigator.onLine,
    () => true,
  );
  const replaying = useRef<Promise<void> | null>(null);

  const reload = useCallback(async () => {
    setQueue(await readQueue());
    setRejected(await readRejected());
  }, []);

  const deliver = useCallback(
    async (pick: QueuedPick): Promise<SendOutcome> => {
      try {
        const result = await sendPick(pick);
        await removeQueued(pick.clientEventId);
        onSynced(result);
        setQueue((queue) => queue.filter((p) => p.clientEventId !== pick.clientEventId));
        return { kind: "synced", result };
      } catch (error) {
        if (isRetryable(error)) return { kind: "waiting" };
        await rejectQueued(pick, messageOf(error));
        return { kind: "rejected", reason: messageOf(error) };
      }
    },
    [onSynced],
  );

  const replay = useCallback(async () => {
    if (replaying.current) return replaying.current;
    replaying.current = (async () => {
      for (const pick of await readQueue()) {
        if ((await deliver(pick)).kind === "waiting") break;
      }
      await reload();
    })().finally(() => {
      replaying.current = null;
    });
    return replaying.current;
  }, [deliver, reload]);

  /** Keeps the pick on the device, then tries to send it now. */
  const submit = useCallback(
    async (pick: QueuedPick): Promise<SendOutcome> => {
      await enqueuePick(pick);
      setQueue(await readQueue());
      const outcome = await deliver(pick);
      await reload();
      return outcome;
    },
    [deliver, reload],
  );

  const discard = useCallback(
    async (clientEventId: string) => {
      await removeQueued(clientEventId);
      await reload();
    },
    [reload],
  );

  const dismiss = useCallback(
    async (clientEventId: string) => {
      await dismissRejected(clientEventId);
      await reload();
    },
    [reload],
  );

  useEffect(() => {
    void replay();
    const up = () => void replay();
    window.addEventListener("online", up);
    return () => window.removeEventListener("online", up);
  }, [replay]);

  useEffect(() => {
    if (queue.length === 0) return;
    const timer = setInterval(() => void replay(), 15_000);
    return () => clearInterval(timer);
  }, [queue.length, replay]);

  return { queue, rejected, online, submit, discard, dismiss, replay };
}
