"use client";

import {
  keepPreviousData,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
} from "@tanstack/react-query";
import { useCallback, useMemo, useState } from "react";
import {
  fetchPickList,
  fetchStats,
  messageOf,
  sendUndo,
  type ActionResult,
  type PickListFilter,
} from "./floor-api";
import {
  rejectedNotice,
  syncDoneNotice,
  syncedNotice,
  undoneNotice,
  waitingNotice,
  type Notice,
} from "./floor-messages";
import { adjustSku, mapSkus, withPending, type PickListPages } from "./pick-list-view";
import type { QueuedAction } from "./pick-queue";
import { usePickSync } from "./use-pick-sync";

export type { Notice };

const LIST = ["picklist"] as const;
const STATS = ["picklist-stats"] as const;

/** Everything the /pick screen does with the server: the list, stats, picks, shorts and undo. */
export function useFloor(filter: PickListFilter) {
  const qc = useQueryClient();
  const [notice, setNotice] = useState<Notice | null>(null);
  const list = useInfiniteQuery({
    queryKey: [...LIST, filter],
    queryFn: ({ pageParam }) => fetchPickList(filter, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    refetchInterval: 30_000,
    // Offline, the service worker answers with the last list it kept: ask it.
    networkMode: "offlineFirst",
    // A new filter keeps the current cards until its answer: the page never blanks and jumps.
    placeholderData: keepPreviousData,
  });
  const stats = useQuery({ queryKey: STATS, queryFn: fetchStats, refetchInterval: 30_000 });

  const refresh = useCallback(() => {
    void qc.invalidateQueries({ queryKey: LIST });
    void qc.invalidateQueries({ queryKey: STATS });
  }, [qc]);

  const onSynced = useCallback(
    (action: QueuedAction, answer: ActionResult) => {
      if (!answer.result.replayed) {
        const delta =
          answer.kind === "pick"
            ? { picked: answer.result.picked }
            : { short: answer.result.qtyShort };
        qc.setQueriesData<PickListPages>({ queryKey: LIST }, (data) =>
          data
            ? mapSkus(data, (s) => (s.sku === answer.result.sku ? adjustSku(s, delta) : s))
            : data,
        );
      }
      setNotice((n) =>
        n?.undo?.clientEventId === action.clientEventId ? syncedNotice(action, answer) : n,
      );
      refresh();
    },
    [qc, refresh],
  );
  const onRejected = useCallback(
    (action: QueuedAction, reason: string) => setNotice(rejectedNotice(action, reason)),
    [],
  );
  const sync = usePickSync({ onSynced, onRejected });

  // The "saved on this tablet" notice lasts only while something is still waiting.
  const shown = notice?.waiting && sync.queue.length === 0 ? syncDoneNotice : notice;

  const act = useMutation({
    networkMode: "always",
    mutationFn: (action: QueuedAction) => sync.submit(action),
    onSuccess: (outcome, action) => {
      if (outcome.kind === "waiting") setNotice(waitingNotice(action));
      else if (outcome.kind === "synced") setNotice(syncedNotice(action, outcome.result));
    },
    onError: (error) => setNotice({ tone: "error", text: `Not saved: ${messageOf(error)}` }),
  });

  const undo = useMutation({
    networkMode: "always",
    mutationFn: async (action: QueuedAction) => {
      if (sync.queue.some((q) => q.clientEventId === action.clientEventId)) {
        await sync.discard(action.clientEventId);
        return;
      }
      await sendUndo(action);
    },
    onSuccess: (_r, action) => setNotice(undoneNotice(action)),
    onError: (error) => setNotice({ tone: "error", text: `Could not undo: ${messageOf(error)}` }),
    onSettled: refresh,
  });

  const view = useMemo(
    () => (list.data ? withPending(list.data as PickListPages, sync.queue) : undefined),
    [list.data, sync.queue],
  );

  return { list, view, stats, sync, act, undo, notice: shown, setNotice };
}
