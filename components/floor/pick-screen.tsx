"use client";

import { useEffect, useRef, useState } from "react";
import { EmptyState } from "@/components/ui/empty-state";
import { CategoryChips } from "./category-chips";
import { newClientEventId } from "./client-event-id";
import { FloorNotice, RejectedPicks } from "./floor-notice";
import { FloorToolbar } from "./floor-toolbar";
import { allSkus, nextToPick } from "./pick-list-view";
import { PickGroups } from "./pick-groups";
import type { QueuedAction } from "./pick-queue";
import { PickListStatus } from "./pick-list-status";
import { PickDialog, type Dialog } from "./pick-dialog";
import { focusInPlace, revealCard } from "./reveal-card";
import { StatsStrip } from "./stats-strip";
import { SyncBadge } from "./sync-badge";
import { useFloor } from "./use-floor";
import { useScan } from "./use-scan";

type Target = { sku: string; title: string };

/** The picker's screen: scan or tap to pick, mark shorts, undo; works through Wi-Fi drop-outs. */
export function PickScreen() {
  const [category, setCategory] = useState<string | null>(null);
  const [text, setText] = useState("");
  const [typed, setTyped] = useState("");
  const [dialog, setDialog] = useState<Dialog>(null);
  const [current, setCurrent] = useState<string | null>(null);
  const wanted = useRef<string | null>(null);
  const [now, setNow] = useState(() => Date.now());
  const scan = useRef<HTMLInputElement>(null);
  const [search, setSearch] = useState("");
  const floor = useFloor({ category, q: typed || search });
  const { list, view, stats, sync, notice, setNotice } = floor;

  useEffect(() => {
    const timer = setTimeout(() => setTyped(text.trim()), 300);
    return () => clearTimeout(timer);
  }, [text]);
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 60_000);
    return () => clearInterval(timer);
  }, []);
  // A card to bring into view is tried after the next paint and when the list changes, so a card
  // that a search is still fetching comes up when it arrives; once a real answer is on screen
  // without it, the wish is dropped, so a later refresh never scrolls the picker away.
  const reveal = (sku: string) => {
    wanted.current = sku;
    requestAnimationFrame(() => {
      if (wanted.current && revealCard(wanted.current)) wanted.current = null;
    });
  };
  const waitingForSearch = list.isPlaceholderData;
  useEffect(() => {
    if (wanted.current && (revealCard(wanted.current) || !waitingForSearch)) wanted.current = null;
  }, [view, waitingForSearch]);

  // Every action leaves the page where the picker is: the scanner field takes focus in place.
  const refocus = () => requestAnimationFrame(() => focusInPlace(scan.current));
  const act = (kind: QueuedAction["kind"], sku: Target, qty: number) => {
    floor.act.mutate({
      kind,
      clientEventId: newClientEventId(),
      code: sku.sku,
      qty,
      title: sku.title,
      queuedAt: new Date().toISOString(),
    });
    setCurrent(sku.sku);
    refocus();
  };
  // The list as last shown without a typed filter (in the chosen category).
  const unfiltered = useRef<{ category: string | null; view: typeof view }>(null);
  useEffect(() => {
    if (!typed && !search) unfiltered.current = { category, view };
  }, [view, typed, search, category]);
  const onScan = useScan({
    views: () => [
      view,
      unfiltered.current?.category === category ? unfiltered.current.view : undefined,
    ],
    online: sync.online,
    clearCategory: () => setCategory(null),
    pick: (sku, qty) => act("pick", sku, qty),
    reveal,
    setNotice,
    setSearch,
  });

  const close = () => {
    setDialog(null);
    refocus();
  };
  const skus = allSkus(view);
  const next = nextToPick(skus, current);
  const categories = stats.data?.categories ?? [];
  const savedAt = list.data?.pages[0]?.offlineSavedAt;

  return (
    <div className="flex flex-col gap-4 pb-48">
      <StatsStrip stats={stats.data} />
      <FloorToolbar
        ref={scan}
        text={text}
        onText={setText}
        onScan={(code) => {
          setText("");
          setTyped("");
          void onScan(code);
        }}
        search={search}
        onClearSearch={() => {
          setSearch("");
          refocus();
        }}
        next={next}
        onNext={(sku) => {
          setCurrent(sku.sku);
          reveal(sku.sku);
          refocus();
        }}
      />
      {categories.length > 1 && (
        <CategoryChips
          categories={categories}
          selected={category}
          onSelect={(c) => {
            setCategory(c);
            refocus();
          }}
        />
      )}
      <RejectedPicks picks={sync.rejected} onDismiss={(id) => void sync.dismiss(id)} />
      {list.isPending || (list.isError && !view) ? (
        <PickListStatus list={list} />
      ) : skus.length === 0 ? (
        <EmptyState
          title={
            search || typed || category
              ? "Nothing to pick matches this filter"
              : "Nothing to pick right now"
          }
        >
          {search || typed || category
            ? "Clear the search or choose All."
            : "New orders appear here as they come in."}
        </EmptyState>
      ) : (
        <PickGroups
          data={view}
          now={now}
          highlighted={current}
          onPickOne={(s) => act("pick", s, 1)}
          onPickSome={(s) => setDialog({ kind: "pick", sku: s })}
          onNotInStock={(s) => setDialog({ kind: "short", sku: s })}
        />
      )}
      {list.hasNextPage && (
        <button
          type="button"
          onClick={() => void list.fetchNextPage()}
          disabled={list.isFetchingNextPage}
          className="min-h-14 rounded-xl bg-white text-lg font-semibold ring-2 ring-slate-300"
        >
          {list.isFetchingNextPage ? "Loading…" : "Show more SKUs"}
        </button>
      )}
      <div className="pointer-events-none fixed inset-x-0 bottom-0 z-30 px-3 pb-3">
        <div className="pointer-events-auto mx-auto flex max-w-5xl flex-col gap-2">
          <SyncBadge
            waiting={sync.queue.length}
            online={sync.online}
            savedAt={savedAt}
            now={now}
            onRetry={() => void sync.replay()}
          />
          <FloorNotice
            notice={notice}
            undoing={floor.undo.isPending}
            onUndo={() => notice?.undo && floor.undo.mutate(notice.undo)}
            onClose={() => setNotice(null)}
          />
        </div>
      </div>
      <PickDialog
        dialog={dialog}
        onCancel={close}
        onConfirm={(kind, sku, n) => {
          close();
          act(kind, sku, n);
        }}
      />
    </div>
  );
}
