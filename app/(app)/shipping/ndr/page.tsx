import type { Metadata } from "next";
import { NdrQueue } from "@/components/ndr/ndr-queue";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireArea } from "@/lib/auth/page-guard";
import { getNdrQueue } from "@/lib/ndr/get-ndr-queue";

export const metadata: Metadata = { title: "NDR queue" };
export const dynamic = "force-dynamic";

export default async function NdrQueuePage() {
  await requireArea("shipping");
  const rows = await getNdrQueue();
  return (
    <div className="flex flex-col gap-4">
      <PageHeader
        title="NDR queue"
        description="Failed deliveries waiting for an answer, oldest first: the buyer's answer from their link, and what the NDR rules do next if nobody answers."
      />
      {rows.length === 0 ? (
        <EmptyState title="No failed deliveries waiting" />
      ) : (
        <NdrQueue rows={rows} />
      )}
    </div>
  );
}
