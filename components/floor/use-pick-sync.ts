"use client";

import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from "react";
import { isRetryable, messageOf, sendAction, type ActionResult } from "./floor-api";
import {
  dismissRejected,
  enqueueAction,
  readQueue,
  readRejected,
  rejectQueued,
  removeQueued,
  type QueuedAction,
  type RejectedAction,
} from "./pick-queue";
import { replayQueue, type Delivery } from "./replay-queue";

function subscribeOnline(onChange: () => void) {
  window.addEventListener("online", onChange);
  window.addEventListener("offline", onChange);
  return () => {
    window.removeEventListener("online", onChange);
    window.removeEventListener("offline", onChange);
  };
}

export type SendOutcome = Delivery<ActionResult>;

/**
 * The device's queue of picks and shorts as React state: every action is written to IndexedDB
 * before it is sent and removed only once the server has answered. Waiting actions are replayed
 * in order, with their clientEventId, when the browser comes back online and every 15 s while
 * any are waiting; `onSynced` hears every answer, `onRejected` every refusal.
 */
export function usePickSync(handlers: {
  onSynced: (action: QueuedAction, result: ActionResult) => void;
  onRejected: (action: QueuedAction, reason: string) => void;
}) {
  const [queue, setQueue] = useState<QueuedAction[]>([]);
  const [rejected, setRejected] = useState<RejectedAction[]>([]);
  const online = useSyncExternalStore(
    subscribeOnline,
    () => navigator.onLine,
    () => true,
  );
  const replaying = useRef<Promise<void> | null>(null);
  const { onSynced, onRejected } = handlers;

  const reload = useCallback(async () => {
    setQueue(await readQueue());
    setRejected(await readRejected());
  }, []);

  const deliver = useCallback(
    async (action: QueuedAction): Promise<SendOutcome> => {
      try {
        const result = await sendAction(action);
        await removeQueued(action.clientEventId);
        setQueue((queue) => queue.filter((p) => p.clientEventId !== action.clientEventId));
        onSynced(action, result);
        return { kind: "synced", result };
      } catch (error) {
        if (isRetryable(error)) return { kind: "waiting" };
        await rejectQueued(action, messageOf(error));
        onRejected(action, messageOf(error));
        return { kind: "rejected", reason: messageOf(error) };
      }
    },
    [onSynced, onRejected],
  );

  const replay = useCallback(async () => {
    if (replaying.current) return replaying.current;
    replaying.current = (async () => {
      await replayQueue(await readQueue(), deliver);
      await reload();
    })().finally(() => {
      replaying.current = null;
    });
    return replaying.current;
  }, [deliver, reload]);

  /**
   * Keeps the action on the device, then sends it now, unless older ones are still waiting:
   * then it waits its turn behind them, so the server sees the floor's actions in order.
   */
  const submit = useCallback(
    async (action: QueuedAction): Promise<SendOutcome> => {
      const earlier = await readQueue();
      await enqueueAction(action);
      setQueue(await readQueue());
      if (earlier.length > 0) {
        void replay();
        return { kind: "waiting" };
      }
      const outcome = await deliver(action);
      await reload();
      return outcome;
    },
    [deliver, reload, replay],
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
