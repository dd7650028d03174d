"use client";

import { useInfiniteQuery, useQueryClient, type InfiniteData } from "@tanstack/react-query";
import { usePathname, useSearchParams } from "next/navigation";
import { useCallback, useMemo, useState } from "react";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import type { Page } from "@/lib/http/pagination";
import type { OrderChanges } from "@/lib/orders/list-order-changes";
import type { OrderListRow } from "@/lib/orders/order-list-row";
import { apiFetch } from "./api-client";
import { BulkActions } from "./bulk-actions";
import { OrderFilters } from "./order-filters";
import { filtersFrom, toSearch, type Filters } from "./order-filter-params";
import { OrderList } from "./order-list";
import { RecentBulkBookings } from "./recent-bulk-bookings";
import { useOrderChanges } from "./use-order-changes";

type ListData = InfiniteData<Page<OrderListRow>, string | null>;
const NEW_FOR_MS = 60 * 60_000;

function ListSkeleton() {
  return (
    <div aria-busy="true" aria-label="Loading orders" className="flex flex-col gap-2">
      {Array.from({ length: 8 }, (_, i) => (
        <div key={i} className="h-16 animate-pulse rounded-xl bg-slate-200/70" />
      ))}
    </div>
  );
}

export function OrdersDashboard({ fulfilmentEnabled }: { fulfilmentEnabled: boolean }) {
  const pathname = usePathname();
  const params = useSearchParams();
  const filters = useMemo(() => filtersFrom(new URLSearchParams(params.toString())), [params]);
  const search = toSearch(filters);
  const queryClient = useQueryClient();
  // The selected rows as they were when ticked: a row that leaves the list (shipped out of a
  // Packed filter by the bulk run itself) stays selected, so the run's result stays on screen.
  const [picked, setPicked] = useState<Map<string, OrderListRow>>(new Map());
  const [arrived, setArrived] = useState<Set<string>>(new Set());
  const [openedAt] = useState(() => Date.now());

  const list = useInfiniteQuery({
    queryKey: ["orders", "list", search],
    queryFn: ({ pageParam }) =>
      apiFetch<Page<OrderListRow>>(
        `/api/orders?${search}${pageParam ? `&cursor=${encodeURIComponent(pageParam)}` : ""}`,
      ),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    retry: 1,
  });

  const mergeChanges = useCallback(
    (changes: OrderChanges) => {
      if (changes.truncated) {
        void queryClient.invalidateQueries({ queryKey: ["orders", "list"] });
        return;
      }
      const byId = new Map(changes.items.map((row) => [row.id, row]));
      const unseen = new Set(byId.keys());
      queryClient.setQueriesData<ListData>({ queryKey: ["orders", "list"] }, (data) => {
        if (!data) return data;
        return {
          ...data,
          pages: data.pages.map((page) => ({
            ...page,
            items: page.items.map((row) => {
              const change = byId.get(row.id);
              if (!change) return row;
              unseen.delete(row.id);
              return change.version >= row.version ? change : row;
            }),
          })),
        };
      });
      const fresh = [...unseen].filter((id) => {
        const placedAt = Date.parse(byId.get(id)?.placedAt ?? "");
        return placedAt >= openedAt - 5_000;
      });
      if (fresh.length > 0) {
        setArrived((prev) => new Set([...prev, ...fresh]));
        void queryClient.invalidateQueries({ queryKey: ["orders", "list"] });
      }
    },
    [queryClient, openedAt],
  );
  useOrderChanges(mergeChanges);

  const setFilters = (next: Filters) => {
    const query = toSearch(next);
    setPicked(new Map());
    // Native history integrates with Next's router: the URL and useSearchParams update without
    // a server round trip, so filtering is instant and survives a reload.
    window.history.replaceState(null, "", query ? `${pathname}?${query}` : pathname);
  };
  const rows = list.data?.pages.flatMap((p) => p.items) ?? [];
  const listed = new Map(rows.map((r) => [r.id, r]));
  const selected = new Set(picked.keys());
  const selectedRows = [...picked.values()].map((r) => listed.get(r.id) ?? r);
  const isNew = (row: OrderListRow) =>
    arrived.has(row.id) ||
    (row.status === "PLACED" && Date.now() - Date.parse(row.placedAt) < NEW_FOR_MS);
  const toggle = (id: string) =>
    setPicked((prev) => {
      const next = new Map(prev);
      const row = listed.get(id);
      if (next.has(id)) next.delete(id);
      else if (row) next.set(id, row);
      return next;
    });
  const selectOnly = (ids: string[]) =>
    setPicked(new Map(ids.flatMap((id) => (listed.has(id) ? [[id, listed.get(id)!]] : []))));

  return (
    <>
      <OrderFilters key={filters.q ?? ""} filters={filters} onChange={setFilters} />
      {!fulfilmentEnabled && (
        <p role="note" className="mb-3 rounded-lg bg-amber-50 p-3 text-sm text-amber-900">
          Order fulfilment is switched off: orders stay Placed and fulfilment actions are hidden.
        </p>
      )}
      {fulfilmentEnabled && <RecentBulkBookings />}
      {fulfilmentEnabled && selectedRows.length > 0 && (
        <BulkActions
          key={[...selected].join()}
          rows={selectedRows}
          onClear={() => setPicked(new Map())}
          onFinished={() => void queryClient.invalidateQueries({ queryKey: ["orders", "list"] })}
        />
      )}
      {list.isPending ? (
        <ListSkeleton />
      ) : list.isError && rows.length === 0 ? (
        <div role="alert" className="rounded-xl border border-red-200 bg-red-50 p-6 text-center">
          <p className="font-semibold text-red-900">
            Unable to load orders. Please refresh or try again later.
          </p>
          <p className="mt-1 text-sm text-red-800">{list.error.message}</p>
          <Button className="mt-3" onClick={() => void list.refetch()}>
            Retry
          </Button>
        </div>
      ) : rows.length === 0 ? (
        <EmptyState title={search ? "No orders match" : "No orders yet"}>
          {search
            ? "Try another search or clear some filters."
            : "Orders from the store and the payment gateway appear here as soon as they are placed."}
        </EmptyState>
      ) : (
        <>
          <OrderList
            rows={rows}
            selected={selected}
            onToggle={toggle}
            onToggleAll={selectOnly}
            isNew={isNew}
            selectable={fulfilmentEnabled}
          />
          <div className="mt-4 flex flex-col items-center gap-2">
            {list.isFetchNextPageError && (
              <p role="alert" className="text-sm text-red-800">
                Unable to load more orders. {list.error?.message}
              </p>
            )}
            {list.hasNextPage && (
              <Button
                variant="secondary"
                onClick={() => void list.fetchNextPage()}
                disabled={list.isFetchingNextPage}
              >
                {list.isFetchingNextPage ? "Loading…" : "Load more orders"}
              </Button>
            )}
            <p className="text-xs text-slate-500">{rows.length} shown · updates live</p>
          </div>
        </>
      )}
    </>
  );
}
