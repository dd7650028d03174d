"use client";

import { useInfiniteQuery, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { EmptyState } from "@/components/ui/empty-state";
import { OpenOrderScan } from "./open-order-scan";
import { fetchPackOrder, fetchQueue, packKeys } from "./pack-api";
import { PackOrderPanel } from "./pack-order-panel";
import { PackQueue } from "./pack-queue";
import { PackedShipment } from "./packed-shipment";

/**
 * The packing station: the queue of ready orders on the left (on a portrait tablet, the queue
 * until an order is opened), the open order on the right. A scanned slip or typed order number
 * opens an order; after "Mark packed" the next order in the queue opens by itself.
 */
export function PackStation() {
  const [held, setHeld] = useState(false);
  const [openId, setOpenId] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [packed, setPacked] = useState<{ id: string; number: string } | null>(null);
  const queue = useInfiniteQuery({
    queryKey: packKeys.queue(held),
    queryFn: ({ pageParam }) => fetchQueue(held, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    refetchInterval: 30_000,
  });
  const order = useQuery({
    queryKey: packKeys.order(openId ?? ""),
    queryFn: () => fetchPackOrder(openId!),
    enabled: openId !== null,
  });
  const orders = queue.data?.pages.flatMap((p) => p.items) ?? [];
  const open = (id: string) => (setOpenId(id), setNotice(null), setPacked(null));

  return (
    <div className="space-y-4">
      <OpenOrderScan onOpen={open} />
      {notice && (
        <p
          role="status"
          className="rounded-xl bg-emerald-600 px-4 py-3 text-lg font-bold text-white"
        >
          ✓ {notice}
        </p>
      )}
      {packed && (
        <section
          aria-label="Shipping label"
          className="rounded-xl bg-white p-4 ring-1 ring-slate-300"
        >
          <PackedShipment key={packed.id} orderId={packed.id} number={packed.number} />
        </section>
      )}
      <div className="grid gap-4 lg:grid-cols-[minmax(280px,340px)_1fr]">
        <section aria-label="Queue" className={`space-y-3 ${openId ? "hidden lg:block" : ""}`}>
          <div
            role="group"
            aria-label="Which orders"
            className="grid grid-cols-2 gap-1 rounded-xl bg-slate-200 p-1"
          >
            {[false, true].map((value) => (
              <button
                key={String(value)}
                type="button"
                aria-pressed={held === value}
                onClick={() => setHeld(value)}
                className="min-h-12 rounded-lg font-semibold text-slate-700 aria-pressed:bg-white aria-pressed:text-slate-900 aria-pressed:shadow"
              >
                {value ? "On hold" : "To pack"}
              </button>
            ))}
          </div>
          {queue.isPending ? (
            <p className="py-8 text-center text-slate-600">Loading the queue…</p>
          ) : queue.isError ? (
            <div role="alert" className="rounded-xl bg-red-50 p-4 text-red-900 ring-2 ring-red-600">
              <p className="font-semibold">{queue.error.message}</p>
              <button
                type="button"
                onClick={() => void queue.refetch()}
                className="mt-2 min-h-12 rounded-lg bg-red-700 px-4 font-semibold text-white"
              >
                Try again
              </button>
            </div>
          ) : orders.length === 0 ? (
            <EmptyState title={held ? "No orders on hold" : "No orders are ready to pack"}>
              {held
                ? "Orders a packer holds for short items show here."
                : "Orders appear here when every item is picked or marked short."}
            </EmptyState>
          ) : (
            <>
              <PackQueue orders={orders} selectedId={openId} onOpen={open} />
              {queue.hasNextPage && (
                <button
                  type="button"
                  onClick={() => void queue.fetchNextPage()}
                  disabled={queue.isFetchingNextPage}
                  className="min-h-12 w-full rounded-xl bg-white font-semibold text-slate-800 ring-1 ring-slate-300"
                >
                  {queue.isFetchingNextPage ? "Loading…" : "Show more orders"}
                </button>
              )}
            </>
          )}
        </section>

        <section aria-label="Order" className={openId ? "" : "hidden lg:block"}>
          {openId && (
            <button
              type="button"
              onClick={() => setOpenId(null)}
              className="mb-3 min-h-12 rounded-xl bg-white px-4 font-semibold text-slate-800 ring-1 ring-slate-300 lg:hidden"
            >
              ← Back to queue
            </button>
          )}
          {!openId ? (
            <EmptyState title="Open an order from the queue">
              Start with the oldest: it is at the top.
            </EmptyState>
          ) : order.isPending ? (
            <p className="py-8 text-center text-slate-600">Loading the order…</p>
          ) : order.isError ? (
            <p
              role="alert"
              className="rounded-xl bg-red-50 p-4 font-semibold text-red-900 ring-2 ring-red-600"
            >
              {order.error.message}
            </p>
          ) : (
            <PackOrderPanel
              key={order.data.id}
              order={order.data}
              onPacked={(number) => {
                // The queue is oldest first; the next is the first one that is not this order.
                const next = orders.find((o) => o.id !== order.data.id) ?? null;
                setNotice(
                  next
                    ? `${number} packed. Next: ${next.number}`
                    : `${number} packed. The queue is empty.`,
                );
                setPacked({ id: order.data.id, number });
                setOpenId(next?.id ?? null);
              }}
            />
          )}
        </section>
      </div>
    </div>
  );
}
