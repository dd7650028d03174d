import type { Metadata } from "next";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireArea } from "@/lib/auth/page-guard";

export const metadata: Metadata = { title: "Shipping" };

export default async function Page() {
  await requireArea("shipping");
  return (
    <>
      <PageHeader
        title="Shipping"
        description="Shipments, pickups and delivery exceptions by courier."
      />
      <EmptyState title="No shipments yet" />
    </>
  );
}
