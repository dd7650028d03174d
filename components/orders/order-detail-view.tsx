"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { ApiError, apiFetch } from "./api-client";
import { formatIst, formatPaise } from "./format";
import { ConfirmationPanel } from "./confirmation-panel";
import { Section } from "./detail-section";
import { NdrPanel } from "./ndr-panel";
import { NotesPanel } from "./notes-panel";
import { OrderActions } from "./order-actions";
import { OrderAddressSection } from "./order-address-section";
import type { OrderDetailJson } from "./order-detail-types";
import { OrderItems } from "./order-items";
import { OrderSideSections } from "./order-side-sections";
import { ReturnsPanel } from "./returns-panel";
import { FlagBadge, StatusBadge } from "./status-badge";
import { StatusTimeline } from "./status-timeline";
import { useOrderChanges } from "./use-order-changes";

export function OrderDetailView({ orderId }: { orderId: string }) {
  const queryClient = useQueryClient();
  const detail = useQuery({
    queryKey: ["orders", "detail", orderId],
    queryFn: () => apiFetch<OrderDetailJson>(`/api/orders/${orderId}`),
    retry: (count, error) => !(error instanceof ApiError && error.status === 404) && count < 2,
  });
  const version = detail.data?.version;
  useOrderChanges((changes) => {
    const mine = changes.items.find((row) => row.id === orderId);
    if (mine && version !== undefined && mine.version !== version) {
      void queryClient.invalidateQueries({ queryKey: ["orders", "detail", orderId] });
    }
  });

  if (detail.isPending) {
    return (
      <div
        aria-busy="true"
        aria-label="Loading order"
        className="h-96 animate-pulse rounded-xl bg-slate-200/70"
      />
    );
  }
  if (detail.isError) {
    return (
      <div role="alert" className="rounded-xl border border-red-200 bg-red-50 p-6 text-center">
        <p className="font-semibold text-red-900">Unable to load this order.</p>
        <p className="mt-1 text-sm text-red-800">{detail.error.message}</p>
        <div className="mt-3 flex justify-center gap-2">
          <Button onClick={() => void detail.refetch()}>Retry</Button>
          <Link
            href="/orders"
            className="inline-flex min-h-11 items-center px-4 text-sm font-semibold text-brand-700"
          >
            Back to orders
          </Link>
        </div>
      </div>
    );
  }
  const order = detail.data;
  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-col gap-3 sm:flex-row sm:items-start sm:justify-between">
        <div>
          <Link href="/orders" className="text-sm font-semibold text-brand-700 hover:underline">
            ← Orders
          </Link>
          <h1 className="mt-1 flex flex-wrap items-center gap-2 text-2xl font-bold text-slate-900 sm:text-3xl">
            {order.number} <StatusBadge status={order.status} />
          </h1>
          <p className="mt-1 text-sm text-slate-600">
            Placed {formatIst(order.placedAt)} · {formatPaise(order.totalPaise)}
          </p>
          <div className="mt-1 flex flex-wrap gap-1">
            {order.shipmentFailed && <FlagBadge tone="red">Shipment failed</FlagBadge>}
            {order.hasShortItems && <FlagBadge tone="amber">Partial</FlagBadge>}
            {order.ndrOpen && <FlagBadge tone="red">NDR open</FlagBadge>}
          </div>
          {order.cancelReason && order.status === "CANCELLED" && (
            <p className="mt-1 text-sm text-slate-700">Cancelled: {order.cancelReason}</p>
          )}
        </div>
        <OrderActions order={order} />
      </div>
      {!order.fulfilmentEnabled && (
        <p role="note" className="rounded-lg bg-amber-50 p-3 text-sm text-amber-900">
          Order fulfilment is switched off: this order stays Placed and fulfilment actions are
          hidden.
        </p>
      )}
      <div className="grid gap-4 lg:grid-cols-3">
        <div className="flex flex-col gap-4 lg:col-span-2">
          <NdrPanel order={order} />
          <ConfirmationPanel orderId={order.id} />
          <Section title="Items">
            <OrderItems order={order} />
          </Section>
          <ReturnsPanel orderId={order.id} orderStatus={order.status} />
          <OrderAddressSection order={order} onSaved={() => void detail.refetch()} />
          <Section title="Internal notes">
            <NotesPanel orderId={order.id} notes={order.notes} />
          </Section>
        </div>
        <div className="flex flex-col gap-4">
          <OrderSideSections order={order} />
          <Section title="Status history">
            <StatusTimeline history={order.history} />
          </Section>
        </div>
      </div>
    </div>
  );
}
