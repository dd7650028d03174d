import type { Metadata } from "next";
import Link from "next/link";
import { NdrQueue } from "@/components/ndr/ndr-queue";
import { buttonClass } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireArea } from "@/lib/auth/page-guard";
import { allows } from "@/lib/auth/policy";
import { getNdrQueue } from "@/lib/ndr/get-ndr-queue";

export const metadata: Metadata = { title: "NDR queue" };
export const dynamic = "force-dynamic";

export default async function NdrQueuePage() {
  const caller = await requireArea("ndr");
  const rows = await getNdrQueue();
  return (
    <div className="flex flex-col gap-4">
      <PageHeader
        title="NDR queue"
        description="Failed deliveries waiting for an answer, oldest first: the buyer's answer from their link, and what the NDR rules do next if nobody answers."
        actions={
          allows("admin", caller.role) && (
            <Link href="/admin/ndr-rules" className={buttonClass("secondary")}>
              Edit the NDR rules
            </Link>
          )
        }
      />
      {rows.length === 0 ? (
        <EmptyState title="No failed deliveries waiting" />
      ) : (
        <NdrQueue rows={rows} />
      )}
    </div>
  );
}
