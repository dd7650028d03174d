import type { Metadata } from "next";
import Link from "next/link";
import { WebhookLogTable, webhookStatusLabel } from "@/components/shipping/webhook-log-table";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireArea } from "@/lib/auth/page-guard";
import { webhookLogQuery } from "@/lib/validation/webhook-log";
import {
  listWebhookLog,
  WEBHOOK_LOG_STATUSES,
  WEBHOOK_PROVIDERS,
} from "@/lib/webhooks/list-webhook-log";

export const metadata: Metadata = { title: "Webhook log" };

type Filter = { provider?: string; status?: string; cursor?: string };

function hrefOf(filter: Filter): string {
  const params = new URLSearchParams(
    Object.entries(filter).filter((e): e is [string, string] => Boolean(e[1])),
  );
  const query = params.toString();
  return query ? `/shipping/webhooks?${query}` : "/shipping/webhooks";
}

function Chips({
  label,
  values,
  current,
  make,
}: {
  label: string;
  values: readonly (string | undefined)[];
  current: string | undefined;
  make: (value: string | undefined) => string;
}) {
  return (
    <nav aria-label={label} className="flex gap-2 overflow-x-auto pb-1">
      {values.map((v) => (
        <Link
          key={v ?? "all"}
          href={make(v)}
          aria-current={v === current ? "true" : undefined}
          className={`flex min-h-11 items-center rounded-full px-4 text-sm font-semibold whitespace-nowrap capitalize ring-1 ${
            v === current
              ? "bg-brand-600 text-white ring-brand-600"
              : "bg-white text-slate-700 ring-slate-300 hover:bg-slate-50"
          }`}
        >
          {v ? webhookStatusLabel(v) : "All"}
        </Link>
      ))}
    </nav>
  );
}

export default async function WebhookLogPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requireArea("shipping");
  const { provider, status, cursor } = webhookLogQuery.parse(await searchParams);
  const page = await listWebhookLog({ provider, status, cursor, limit: 50 });
  return (
    <>
      <PageHeader
        title="Webhook log"
        description="What couriers and Razorpay sent, newest first: stored, repeated, refused or failed."
        actions={
          <Link href="/shipping" className="text-brand-700 underline">
            Back to shipping
          </Link>
        }
      />
      <div className="mb-4 space-y-2">
        <Chips
          label="Filter by provider"
          values={[undefined, ...WEBHOOK_PROVIDERS]}
          current={provider}
          make={(v) => hrefOf({ provider: v, status })}
        />
        <Chips
          label="Filter by status"
          values={[undefined, ...WEBHOOK_LOG_STATUSES]}
          current={status}
          make={(v) => hrefOf({ provider, status: v })}
        />
      </div>
      {page.items.length === 0 ? (
        <EmptyState title="No deliveries match">
          {cursor ? "That was the last page." : "Choose another provider or status."}
        </EmptyState>
      ) : (
        <WebhookLogTable rows={page.items} />
      )}
      <div className="mt-4 flex gap-4">
        {cursor && (
          <Link href={hrefOf({ provider, status })} className="text-brand-700 underline">
            Newest
          </Link>
        )}
        {page.nextCursor && (
          <Link
            href={hrefOf({ provider, status, cursor: page.nextCursor })}
            className="text-brand-700 underline"
          >
            Older
          </Link>
        )}
      </div>
    </>
  );
}
