import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { CourierPerformanceChart } from "@/components/shipping/courier-performance-chart";
import { CourierPerformanceTable } from "@/components/shipping/courier-performance-table";
import { CourierSummary } from "@/components/shipping/courier-summary";
import { PeriodForm } from "@/components/shipping/period-form";
import { ShippingHealthCards } from "@/components/shipping/shipping-health-cards";
import { ShippingTrendChart } from "@/components/shipping/shipping-trend-chart";
import { ShipmentList } from "@/components/shipping/shipment-list";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireArea } from "@/lib/auth/page-guard";
import { loadCourierPerformance } from "@/lib/dashboard/load-courier-performance";
import { getShippingHealth } from "@/lib/dashboard/get-shipping-health";
import { ShipmentStatus } from "@/lib/generated/prisma/enums";
import { ATTENTION_STATUSES, getShippingOverview } from "@/lib/shipping/get-shipping-overview";
import { statusLabel } from "@/lib/tracking/status-words";

export const metadata: Metadata = { title: "Shipping" };

const query = z.object({
  status: z.enum(ShipmentStatus).optional().catch(undefined),
  from: z.string().optional().catch(undefined),
  to: z.string().optional().catch(undefined),
});
const FILTERS = [
  undefined,
  ...ATTENTION_STATUSES,
  "IN_TRANSIT",
  "OUT_FOR_DELIVERY",
  "DELIVERED",
] as const;

// Ops' own short words for the filter chips (the badges use the customer's words).
const FILTER_LABEL: Partial<Record<ShipmentStatus, string>> = {
  FAILED: "Booking failed",
  NDR: "NDR",
  RTO_INITIATED: "RTO",
};

export default async function ShippingPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requireArea("shipping");
  const { status, from, to } = query.parse(await searchParams);
  const [overview, health, performance] = await Promise.all([
    getShippingOverview({ status }),
    getShippingHealth(),
    loadCourierPerformance({ from, to }),
  ]);
  return (
    <>
      <PageHeader
        title="Shipping"
        description="Parcels by courier, and the ones that need someone's attention."
        actions={
          <Link href="/shipping/webhooks" className="text-brand-700 underline">
            Webhook log
          </Link>
        }
      />
      <ShippingHealthCards health={health} />
      <section aria-labelledby="trend-heading" className="mt-6">
        <h2 id="trend-heading" className="mb-2 text-lg font-semibold text-slate-900">
          Last 30 days
        </h2>
        <ShippingTrendChart trend={health.trend} />
      </section>
      <section aria-labelledby="performance-heading" className="mt-6 space-y-3">
        <h2 id="performance-heading" className="text-lg font-semibold text-slate-900">
          Courier performance
        </h2>
        <PeriodForm {...performance.period} error={performance.error} />
        {performance.rows.length === 0 ? (
          <EmptyState title="No parcels booked in this period">
            Choose a longer period, or come back once parcels are booked.
          </EmptyState>
        ) : (
          <>
            <CourierPerformanceChart rows={performance.rows} />
            <CourierPerformanceTable rows={performance.rows} />
          </>
        )}
      </section>
      <h2 className="mt-6 mb-2 text-lg font-semibold text-slate-900">Parcels</h2>
      <CourierSummary counts={overview.counts} />
      <nav aria-label="Filter by status" className="my-4 flex gap-2 overflow-x-auto pb-1">
        {FILTERS.map((f) => {
          const active = f === status;
          return (
            <Link
              key={f ?? "all"}
              href={f ? `/shipping?status=${f}` : "/shipping"}
              aria-current={active ? "true" : undefined}
              className={`flex min-h-11 items-center rounded-full px-4 text-sm font-semibold whitespace-nowrap ring-1 ${
                active
                  ? "bg-brand-600 text-white ring-brand-600"
                  : "bg-white text-slate-700 ring-slate-300 hover:bg-slate-50"
              }`}
            >
              {f ? (FILTER_LABEL[f] ?? statusLabel(f)) : "All"}
            </Link>
          );
        })}
      </nav>
      {overview.shipments.length === 0 ? (
        <EmptyState
          title={
            status ? `No shipments are ${statusLabel(status).toLowerCase()}` : "No shipments yet"
          }
        >
          {status
            ? "Nothing needs you here right now."
            : "Shipments appear here once packed orders are booked with a courier."}
        </EmptyState>
      ) : (
        <ShipmentList shipments={overview.shipments} />
      )}
    </>
  );
}
