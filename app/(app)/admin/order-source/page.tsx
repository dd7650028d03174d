import type { Metadata } from "next";
import { OrderSourceForm } from "@/components/admin/order-source-form";
import { SyncPanel } from "@/components/admin/sync-panel";
import { PageHeader } from "@/components/ui/page-header";
import { requireArea } from "@/lib/auth/page-guard";

export const metadata: Metadata = { title: "Order source" };

export default async function OrderSourcePage() {
  await requireArea("admin");
  return (
    <>
      <PageHeader
        title="Order source"
        description="Where Packline imports orders from: the store's order API, on a schedule or now."
      />
      <div className="grid items-start gap-6 xl:grid-cols-[3fr_2fr]">
        <OrderSourceForm />
        <SyncPanel />
      </div>
    </>
  );
}
