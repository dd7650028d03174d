import type { Metadata } from "next";
import { ReconciliationRows } from "@/components/remittance/reconciliation-rows";
import { RemittanceFilters } from "@/components/remittance/remittance-filters";
import { RemittanceSettings } from "@/components/remittance/remittance-settings";
import { RemittanceSummary } from "@/components/remittance/remittance-summary";
import { RemittanceUpload } from "@/components/remittance/remittance-upload";
import { buttonClass } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireArea } from "@/lib/auth/page-guard";
import { allows } from "@/lib/auth/policy";
import { listReconciliationRows } from "@/lib/remittance/list-reconciliation-rows";
import { listRemittanceAccounts } from "@/lib/remittance/list-remittance-accounts";
import { loadReconciliationSummary } from "@/lib/remittance/load-reconciliation-summary";
import { loadRemittanceRules } from "@/lib/remittance/load-remittance-rules";
import { reconciliationRowsQuery } from "@/lib/validation/remittance";

export const metadata: Metadata = { title: "COD remittance" };
export const dynamic = "force-dynamic";

type Search = Promise<Record<string, string | string[] | undefined>>;

export default async function RemittancePage({ searchParams }: { searchParams: Search }) {
  const caller = await requireArea("remittance");
  const raw = await searchParams;
  const parsed = reconciliationRowsQuery.safeParse({
    state: raw.state,
    courier: raw.courier,
    cursor: raw.cursor,
    limit: 50,
  });
  const query = parsed.success ? parsed.data : { limit: 50 };
  const [summary, page, accounts, rules] = await Promise.all([
    loadReconciliationSummary(),
    listReconciliationRows(query),
    listRemittanceAccounts(),
    loadRemittanceRules(),
  ]);
  const filter = new URLSearchParams();
  if (query.state) filter.set("state", query.state);
  if (query.courier) filter.set("courier", query.courier);
  const next = page.nextCursor
    ? `?${new URLSearchParams([...filter, ["cursor", page.nextCursor]])}`
    : null;
  return (
    <div className="flex flex-col gap-4">
      <PageHeader
        title="COD remittance"
        description="Each courier's COD remittance report matched per AWB to the cash collected on delivered COD parcels: paid, short, over, unknown and late."
        actions={
          // a plain link: Next's <Link> would prefetch the export itself
          <a
            href={`/api/remittance/export?${filter}`}
            className={buttonClass("secondary")}
            download
          >
            Export CSV
          </a>
        }
      />
      <RemittanceUpload accounts={accounts} />
      {allows("admin", caller.role) && <RemittanceSettings rules={rules} />}
      {summary.totals.length === 0 ? (
        <EmptyState title="No delivered COD parcels or remittances yet" />
      ) : (
        <RemittanceSummary summary={summary} />
      )}
      <RemittanceFilters key={filter.toString()} state={query.state} courier={query.courier} />
      {page.items.length === 0 ? (
        <EmptyState title="No rows match these filters" />
      ) : (
        <ReconciliationRows rows={page.items} nextHref={next} />
      )}
    </div>
  );
}
