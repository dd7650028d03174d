import Link from "next/link";
import type { WebhookLogRow } from "@/lib/webhooks/list-webhook-log";

export const istTime = new Intl.DateTimeFormat("en-IN", {
  dateStyle: "medium",
  timeStyle: "medium",
  timeZone: "Asia/Kolkata",
});

const TONE: Record<string, string> = {
  PROCESSED: "bg-emerald-50 text-emerald-800 ring-emerald-200",
  IGNORED: "bg-slate-50 text-slate-700 ring-slate-200",
  RECEIVED: "bg-sky-50 text-sky-800 ring-sky-200",
  FAILED: "bg-red-50 text-red-800 ring-red-200",
  REJECTED: "bg-amber-50 text-amber-900 ring-amber-200",
};

// A stored delivery the worker has not applied yet: waiting, or retrying after a failed try.
const LABEL: Record<string, string> = { RECEIVED: "pending" };

/** How a status reads on the log's badges and filters. */
export function webhookStatusLabel(status: string): string {
  return LABEL[status] ?? status.toLowerCase();
}

export function WebhookStatusBadge({ status }: { status: string }) {
  return (
    <span
      className={`inline-flex rounded-full px-2 py-0.5 text-xs font-semibold ring-1 ${TONE[status] ?? TONE.IGNORED}`}
    >
      {webhookStatusLabel(status)}
    </span>
  );
}

/** Deliveries newest first; each opens its payload. One list serves desktop and phone. */
export function WebhookLogTable({ rows }: { rows: WebhookLogRow[] }) {
  return (
    <ul className="divide-y divide-slate-100 overflow-hidden rounded-xl bg-white ring-1 ring-slate-200">
      {rows.map((r) => (
        <li key={`${r.kind}:${r.id}`}>
          <Link
            href={`/shipping/webhooks/${r.kind}/${encodeURIComponent(r.id)}`}
            className="flex min-h-11 flex-col gap-1 px-4 py-3 hover:bg-slate-50 sm:flex-row sm:items-center sm:gap-4"
          >
            <span className="w-48 shrink-0 text-sm text-slate-600">
              {istTime.format(r.receivedAt)} IST
            </span>
            <span className="w-24 shrink-0 font-semibold text-slate-900 capitalize">
              {r.provider}
            </span>
            <span className="flex w-40 shrink-0 items-center gap-2">
              <WebhookStatusBadge status={r.status} />
              {r.attempts > 0 && (
                <span className="text-xs text-slate-600">+{r.attempts} repeat</span>
              )}
              {r.status === "RECEIVED" && r.note && r.applyTries > 0 && (
                <span className="text-xs text-red-700">retrying</span>
              )}
            </span>
            <span className="min-w-0 truncate text-sm text-slate-700">
              {[r.eventType, r.note].filter(Boolean).join(" · ")}
            </span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
