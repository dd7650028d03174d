import type { Metadata } from "next";
import { BillingUpload } from "@/components/freight/billing-upload";
import { DiscrepancyList } from "@/components/freight/discrepancy-list";
import { FreightRules } from "@/components/freight/freight-rules";
import { FreightTotalsTable } from "@/components/freight/freight-totals-table";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireArea } from "@/lib/auth/page-guard";
import { allows } from "@/lib/auth/policy";
import { freightTotals } from "@/lib/freight/freight-totals";
import { getFreightRules } from "@/lib/freight/get-freight-rules";
import { listWeightDiscrepancies } from "@/lib/freight/list-weight-discrepancies";

export const metadata: Metadata = { title: "Weight and freight" };
export const dynamic = "force-dynamic";

export default async function FreightPage() {
  const caller = await requireArea("freight");
  const [rows, totals, rules] = await Promise.all([
    listWeightDiscrepancies(),
    freightTotals(),
    getFreightRules(),
  ]);
  const accounts = rules.map((r) => ({
    id: r.courierAccountId,
    label: `${r.courier.charAt(0)}${r.courier.slice(1).toLowerCase()} · ${r.accountName}`,
  }));
  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        title="Weight and freight"
        description="Couriers' charged weights against the parcel as packed: discrepancies above tolerance with their evidence and dispute deadlines (IST, nearest first), and freight charged vs quoted by month."
      />
      <section aria-labelledby="upload-title" className="flex flex-col gap-2">
        <h2 id="upload-title" className="text-lg font-bold text-slate-900">
          Import a courier&apos;s billing file
        </h2>
        <BillingUpload accounts={accounts} />
      </section>
      <section aria-labelledby="discrepancies-title" className="flex flex-col gap-2">
        <h2 id="discrepancies-title" className="text-lg font-bold text-slate-900">
          Weight discrepancies
        </h2>
        {rows.length === 0 ? (
          <EmptyState title="No charge above tolerance" />
        ) : (
          <DiscrepancyList rows={rows} />
        )}
      </section>
      <section aria-labelledby="totals-title" className="flex flex-col gap-2">
        <h2 id="totals-title" className="text-lg font-bold text-slate-900">
          Freight by month
        </h2>
        {totals.length === 0 ? (
          <EmptyState title="No courier charges recorded yet" />
        ) : (
          <FreightTotalsTable rows={totals} />
        )}
      </section>
      <section aria-labelledby="rules-title" className="flex flex-col gap-2">
        <h2 id="rules-title" className="text-lg font-bold text-slate-900">
          Courier weight rules
        </h2>
        <FreightRules rules={rules} editable={allows("admin", caller.role)} />
      </section>
    </div>
  );
}
