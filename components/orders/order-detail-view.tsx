"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { AddressForm } from "./address-form";
import { ApiError, apiFetch } from "./api-client";
import { formatIst, formatPaise } from "./format";
import { NdrPanel } from "./ndr-panel";
import { NotesPanel } from "./notes-panel";
import { OrderActions } from "./order-actions";
import type { OrderDetailJson } from "./order-detail-types";
import { OrderItems } from "./order-items";
import { FlagBadge, StatusBadge } from "./status-badge";
import { StatusTimeline } from "./status-timeline";
import { useOrderChanges } from "./use-order-changes";

function Section({
  title,
  children,
  action,
}: {
  title: string;
  children: React.ReactNode;
  action?: React.ReactNode;
}) {
  return (
    <section className="rounded-xl border border-slate-200 bg-white p-4" aria-label={title}>
      <div className="mb-2 flex items-center justify-between gap-2">
        <h2 className="text-base font-bold text-slate-900">{title}</h2>
        {action}
      </div>
      {children}
    </section>
  );
}

export function OrderDetailView({ orderId }: { orderId: string }) {
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState(false);
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
  const payment = order.payments.at(-1);
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
          <Section title="Items">
            <OrderItems order={order} />
          </Section>
          <Section
            title="Delivery address"
            action={
              order.actions.editAddress && !editing ? (
                <Button variant="secondary" onClick={() => setEditing(true)}>
                  Edit address
                </Button>
              ) : undefined
            }
          >
            {editing ? (
              <AddressForm
                order={order}
                onCancel={() => setEditing(false)}
                onSaved={() => {
                  setEditing(false);
                  void detail.refetch();
                }}
              />
            ) : (
              <address className="text-sm leading-6 text-slate-800 not-italic">
                {order.customerName}
                <br />
                {order.addressLine1}
                {order.addressLine2 && (
                  <>
                    <br />
                    {order.addressLine2}
                  </>
                )}
                {order.landmark && (
                  <>
                    <br />
                    Near {order.landmark}
                  </>
                )}
                <br />
                {order.city}, {order.state} {order.pincode}
                <br />
                {order.customerPhone}
              </address>
            )}
            {!order.actions.editAddress && (
              <p className="mt-2 text-xs text-slate-500">
                The address cannot change once the order has shipped.
              </p>
            )}
          </Section>
          <Section title="Internal notes">
            <NotesPanel orderId={order.id} notes={order.notes} />
          </Section>
        </div>
        <div className="flex flex-col gap-4">
          <Section title="Customer">
            <dl className="text-sm leading-6">
              <dt className="sr-only">Name</dt>
              <dd className="font-semibold">{order.customerName}</dd>
              <dt className="sr-only">Email</dt>
              <dd className="break-all">{order.customerEmail ?? "No email"}</dd>
              <dt className="sr-only">Phone</dt>
              <dd>
                <a href={`tel:${order.customerPhone}`} className="text-brand-700 underline">
                  {order.customerPhone}
                </a>
              </dd>
            </dl>
          </Section>
          <Section title="Payment">
            <p className="text-sm">
              {order.paymentMethod === "COD" ? "Cash on delivery" : "Prepaid"} ·{" "}
              <span className="font-semibold">{order.paymentStatus.toLowerCase()}</span>
            </p>
            {order.paymentMethod === "COD" && (
              <p className="text-sm text-slate-600">Collect {formatPaise(order.codAmountPaise)}</p>
            )}
            {payment && (
              <p className="mt-1 text-xs text-slate-500">
                {payment.provider} <span className="font-mono">{payment.providerPaymentId}</span> ·{" "}
                {formatPaise(payment.amountPaise)}
                {payment.capturedAt ? ` · ${formatIst(payment.capturedAt)}` : ""}
              </p>
            )}
          </Section>
          <Section title="Shipments">
            {order.shipments.length === 0 ? (
              <p className="text-sm text-slate-500">No shipment yet.</p>
            ) : (
              <ul className="flex flex-col gap-2 text-sm">
                {order.shipments.map((s) => (
                  <li key={s.id}>
                    <p className="font-semibold">
                      {s.courier?.toLowerCase() ?? "courier"} ·{" "}
                      {s.status.replaceAll("_", " ").toLowerCase()}
                    </p>
                    {s.awb && (
                      <p>
                        AWB <span className="font-mono select-all">{s.awb}</span>
                        {s.trackingPath && (
                          <>
                            {" · "}
                            <a className="text-brand-700 underline" href={s.trackingPath}>
                              Tracking link
                            </a>
                          </>
                        )}
                        {s.labelPath && (
                          <>
                            {" · "}
                            <a
                              className="text-brand-700 underline"
                              href={s.labelPath}
                              target="_blank"
                              rel="noreferrer"
                            >
                              Print label
                            </a>
                          </>
                        )}
                      </p>
                    )}
                    {s.failureReason && <p className="text-red-700">{s.failureReason}</p>}
                  </li>
                ))}
              </ul>
            )}
          </Section>
          <Section title="Status history">
            <StatusTimeline history={order.history} />
          </Section>
        </div>
      </div>
    </div>
  );
}
