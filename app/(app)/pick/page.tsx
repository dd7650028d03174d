import type { Metadata } from "next";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireArea } from "@/lib/auth/page-guard";

export const metadata: Metadata = { title: "Pick list" };

export default async function Page() {
  await requireArea("pick");
  return (
    <>
      <PageHeader
        title="Pick list"
        description="Open demand by category and SKU, oldest orders first."
      />
      <EmptyState title="Nothing to pick right now" />
    </>
  );
}
