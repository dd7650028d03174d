import type { Metadata } from "next";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireArea } from "@/lib/auth/page-guard";

export const metadata: Metadata = { title: "Orders" };

export default async function Page() {
  await requireArea("orders");
  return (
    <>
      <PageHeader title="Orders" description="Every order from placed to delivered." />
      <EmptyState title="No orders yet" />
    </>
  );
}
