"use client";

import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useCallback, useMemo, useState } from "react";
import {
  fetchPickList,
  fetchStats,
  messageOf,
  sendNotInStock,
  sendUndo,
  type PickListFilter,
  type PickResult,
} from "./floor-api";
import { adjustSku, mapSkus, withPending, type PickListPages } from "./pick-list-view";
import type { QueuedPick } from "./pick-queue";
import { usePickSync } from "./use-pick-sync";

export interface Notice {
  tone: "ok" | "warn" | "error";
  text: string;
  /** the pick this notice can undo */
  undo?: QueuedPick;
}

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
  });
  const stats = useQuery({ queryKey: STATS, queryFn: fetchStats, refetchInterval: 30_000 });

  const refresh = useCallback(() => {
    void qc.invalidateQueries({ queryKey: LIST });
    void qc.invalidateQueries({ queryKey: STATS });
  }, [qc]);

  const applySynced = useCallback(
    (result: PickResult) => {
      if (!result.replayed) {
        qc.setQueriesData<PickListPages>({ queryKey: LIST }, (data) =>
          data
            ? mapSkus(data, (s) =>
                s.sku === result.sku ? adjustSku(s, { picked: result.picked }) : s,
              )
            : data,
        );
      }
      refresh();
    },
    [qc, refresh],
  );
  const sync = usePickSync(applySynced);

  const pick = useMutation({
    networkMode: "always",
    mutationFn: (p: QueuedPick) => sync.submit(p),
    onSuccess: (outcome, p) => {
      if (outcome.kind === "waiting") {
        setNotice({
          tone: "warn",
          text: `Saved on this tablet: ${p.qty} × ${p.title}. It will sync when the network is back.`,
          undo: p,
        });
      } else if (outcome.kind === "rejected") {
        setNotice({ tone: "error", text: `Pick not counted: ${outcome.reason}` });
      } else {
        const r = outcome.result;
        const short =
          r.picked < r.requested
            ? ` Only ${r.picked} of ${r.requested} were needed: put ${r.requested - r.picked} back.`
            : "";
        const to = r.allocations.map((a) => a.orderNumber).join(", ");
        setNotice({
          tone: short ? "warn" : "ok",
          text: `Picked ${r.picked} × ${r.title} → ${to}.${short}`,
          undo: p,
        });
      }
    },
    onError: (error) => setNotice({ tone: "error", text: `Pick not saved: ${messageOf(error)}` }),
  });

  const notInStock = useMutation({
    networkMode: "always",
    mutationFn: (input: { sku: string; title: string; qty?: number }) =>
      sendNotInStock(input.sku, input.qty),
    onMutate: async (input) => {
      await qc.cancelQueries({ queryKey: LIST });
      const before = qc.getQueriesData<PickListPages>({ queryKey: LIST });
      qc.setQueriesData<PickListPages>({ queryKey: LIST }, (data) =>
        data
          ? mapSkus(data, (s) =>
              s.sku === input.sku ? adjustSku(s, { short: input.qty ?? s.remaining }) : s,
            )
          : data,
      );
      return { before };
    },
    onError: (error, input, context) => {
      context?.before.forEach(([key, data]) => qc.setQueryData(key, data));
      setNotice({ tone: "error", text: `Not marked short: ${input.title}. ${messageOf(error)}` });
    },
    onSuccess: (r) =>
      setNotice({
        tone: "warn",
        text: `Marked ${r.qtyShort} × ${r.title} not in stock (orders ${r.orderNumbers.join(", ")}).`,
      }),
    onSettled: refresh,
  });

  const undo = useMutation({
    networkMode: "always",
    mutationFn: async (p: QueuedPick) => {
      if (sync.queue.some((q) => q.clientEventId === p.clientEventId)) {
        await sync.discard(p.clientEventId);
        return { local: true };
      }
      await sendUndo(p.clientEventId);
      return { local: false };
    },
    onSuccess: (_r, p) =>
      setNotice({ tone: "ok", text: `Undone: ${p.qty} × ${p.title}. Put it back on the shelf.` }),
    onError: (error) => setNotice({ tone: "error", text: `Could not undo: ${messageOf(error)}` }),
    onSettled: refresh,
  });

  const view = useMemo(
    () => (list.data ? withPending(list.data as PickListPages, sync.queue) : undefined),
    [list.data, sync.queue],
  );

  return { list, view, stats, sync, pick, notInStock, undo, notice, setNotice };
}
