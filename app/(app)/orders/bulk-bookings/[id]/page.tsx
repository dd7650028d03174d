import type { Metadata } from "next";
import Link from "next/link";
import { BulkBookingProgress } from "@/components/orders/bulk-booking-progress";
import { PageHeader } from "@/components/ui/page-header";
import { requireArea } from "@/lib/auth/page-guard";

export const metadata: Metadata = { title: "Bulk booking" };

export default async function Page({ params }: { params: Promise<{ id: string }> }) {
  await requireArea("orders");
  const { id } = await params;
  return (
    <>
      <PageHeader
        title="Bulk booking"
        description="Packed orders booked with the couriers in the background, each with its outcome."
      />
      <Link
        href="/orders"
        className="mb-3 inline-flex min-h-11 items-center text-sm font-semibold text-brand-700"
      >
        ← Back to orders
      </Link>
      <BulkBookingProgress runId={id} detailed />
    </>
  );
}
