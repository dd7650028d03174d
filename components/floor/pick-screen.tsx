"use client";

import { useEffect, useRef, useState } from "react";
import { EmptyState } from "@/components/ui/empty-state";
import type { PickListSku } from "@/lib/warehouse/group-pick-list";
import { CategoryChips } from "./category-chips";
import { newClientEventId } from "./client-event-id";
import { fetchPickList } from "./floor-api";
import { FloorNotice, RejectedPicks } from "./floor-notice";
import { allSkus, matchesCode } from "./pick-list-view";
import { PickGroups } from "./pick-groups";
import { QuantityDialog } from "./quantity-dialog";
import { ScanBar } from "./scan-bar";
import { StatsStrip } from "./stats-strip";
import { SyncBadge } from "./sync-badge";
import { useFloor } from "./use-floor";

type Dialog = { kind: "pick" | "short"; sku: PickListSku } | null;

/** The picker's screen: scan or tap to pick, mark shorts, undo; works through Wi-Fi drop-outs. */
export function PickScreen() {
  const [category, setCategory] = useState<string | null>(null);
  const [text, setText] = useState("");
  const [q, setQ] = useState("");
  const [dialog, setDialog] = useState<Dialog>(null);
  const [highlight, setHighlight] = useState<string | null>(null);
  const [now, setNow] = useState(() => Date.now());
  const scan = useRef<HTMLInputElement>(null);
  const floor = useFloor({ category, q });
  const { list, view, stats, sync, notice, setNotice } = floor;

  useEffect(() => {
    const timer = setTimeout(() => setQ(text.trim()), 300);
    return () => clearTimeout(timer);
  }, [text]);
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 60_000);
    return () => clearInterval(timer);
  }, []);

  const refocus = () => requestAnimationFrame(() => scan.current?.focus());
  const pick = (sku: { sku: string; title: string }, qty: number) => {
    floor.pick.mutate({
      clientEventId: newClientEventId(),
      code: sku.sku,
      qty,
      title: sku.title,
      queuedAt: new Date().toISOString(),
    });
    setHighlight(sku.sku);
    refocus();
  };

  const onScan = async (code: string) => {
    setText("");
    setQ("");
    const known = allSkus(view).find((s) => matchesCode(s, code));
    if (known && known.remaining > 0) return pick(known, 1);
    if (!sync.online) {
      // Offline and not in the cached list: keep the scan; the server checks it on replay.
      return pick({ sku: code, title: code }, 1);
    }
    try {
      const found = await fetchPickList({ category: null, q: code }, undefined);
      const match = allSkus({ pages: [found], pageParams: [undefined] }).find(
        (s) => s.sku === found.exactSku,
      );
      if (match) return pick(match, 1);
      setNotice({
        tone: "error",
        text: `No order is waiting for "${code}". Check the label, or the item is already picked.`,
      });
    } catch {
      pick({ sku: code, title: code }, 1);
    }
  };

  const close = () => {
    setDialog(null);
    refocus();
  };
  const skus = allSkus(view);
  const categories = stats.data?.categories ?? [];

  return (
    <div className="flex flex-col gap-4 pb-48">
      <StatsStrip stats={stats.data} />
      <ScanBar ref={scan} value={text} onChange={setText} onScan={(code) => void onScan(code)} />
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
      {list.isPending ? (
        <p role="status" className="py-12 text-center text-xl text-slate-600">
          Loading the pick list…
        </p>
      ) : list.isError && !view ? (
        <div
          role="alert"
          className="rounded-xl bg-red-50 p-6 text-lg text-red-950 ring-2 ring-red-600"
        >
          The pick list could not be loaded: {list.error.message}{" "}
          <button
            type="button"
            onClick={() => void list.refetch()}
            className="ml-2 min-h-12 rounded-lg bg-red-700 px-4 font-semibold text-white"
          >
            Try again
          </button>
        </div>
      ) : skus.length === 0 ? (
        <EmptyState
          title={
            q || category ? "Nothing to pick matches this filter" : "Nothing to pick right now"
          }
        >
          {q || category
            ? "Clear the search or choose All."
            : "New orders appear here as they come in."}
        </EmptyState>
      ) : (
        <PickGroups
          data={view}
          now={now}
          highlighted={highlight}
          onPickOne={(s) => pick(s, 1)}
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
      {dialog?.kind === "pick" && (
        <QuantityDialog
          title={`Pick ${dialog.sku.title}`}
          detail={`Bin ${dialog.sku.binLocation ?? "—"} · ${dialog.sku.remaining} still to pick`}
          max={dialog.sku.remaining}
          initial={dialog.sku.remaining}
          tone="primary"
          confirmLabel={(n) => `Pick ${n}`}
          onCancel={close}
          onConfirm={(n) => {
            close();
            pick(dialog.sku, n);
          }}
        />
      )}
      {dialog?.kind === "short" && (
        <QuantityDialog
          title={`${dialog.sku.title} not in stock`}
          detail="How many are missing? They are marked short on the newest orders, so the oldest can still ship."
          max={dialog.sku.remaining}
          initial={dialog.sku.remaining}
          tone="danger"
          confirmLabel={(n) => `Mark ${n} short`}
          onCancel={close}
          onConfirm={(n) => {
            close();
            floor.notInStock.mutate({ sku: dialog.sku.sku, title: dialog.sku.title, qty: n });
          }}
        />
      )}
    </div>
  );
}
