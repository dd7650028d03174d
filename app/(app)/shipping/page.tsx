import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { CourierSummary } from "@/components/shipping/courier-summary";
import { ShipmentList } from "@/components/shipping/shipment-list";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireArea } from "@/lib/auth/page-guard";
import { ShipmentStatus } from "@/lib/generated/prisma/enums";
import { ATTENTION_STATUSES, getShippingOverview } from "@/lib/shipping/get-shipping-overview";
import { statusLabel } from "@/lib/tracking/status-words";

export const metadata: Metadata = { title: "Shipping" };

const query = z.object({ status: z.enum(ShipmentStatus).optional().catch(undefined) });
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
  const { status } = query.parse(await searchParams);
  const overview = await getShippingOverview({ status });
  return (
    <>
      <PageHeader
        title="Shipping"
        description="Parcels by courier, and the ones that need someone's attention."
      />
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
