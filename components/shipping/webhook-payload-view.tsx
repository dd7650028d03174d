import type { WebhookPayload } from "@/lib/webhooks/get-webhook-payload";
import { istTime, WebhookStatusBadge } from "./webhook-log-table";

/**
 * A delivery's headers (as stored; secret-bearing ones were redacted before storing) and its
 * body, pretty-printed. Both are text nodes, so whatever the sender put in them is escaped.
 */
export function WebhookPayloadView({ payload }: { payload: WebhookPayload }) {
  return (
    <div className="space-y-4">
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="text-slate-500">Provider</dt>
        <dd className="font-semibold capitalize">{payload.provider}</dd>
        <dt className="text-slate-500">Received</dt>
        <dd>{istTime.format(payload.receivedAt)} IST</dd>
        <dt className="text-slate-500">Status</dt>
        <dd>
          <WebhookStatusBadge status={payload.status} />
          {payload.attempts > 0 && ` and ${payload.attempts} later repeat(s)`}
        </dd>
        {payload.note && (
          <>
            <dt className="text-slate-500">
              {payload.kind === "rejection" ? "Why refused" : "Outcome"}
            </dt>
            <dd className="break-words">{payload.note}</dd>
          </>
        )}
      </dl>
      <section aria-labelledby="headers-heading">
        <h2 id="headers-heading" className="mb-1 font-semibold">
          Headers
        </h2>
        <pre className="rounded-lg bg-slate-900 p-3 text-xs wrap-anywhere whitespace-pre-wrap text-slate-100">
          {Object.entries(payload.headers)
            .map(([name, value]) => `${name}: ${value === null ? "(not sent)" : String(value)}`)
            .join("\n")}
        </pre>
      </section>
      <section aria-labelledby="body-heading">
        <h2 id="body-heading" className="mb-1 font-semibold">
          Body
          {payload.bodyBytes !== null &&
            ` (first characters of ${payload.bodyBytes.toLocaleString("en-IN")} bytes; a refused body is not kept whole)`}
        </h2>
        <pre className="max-h-[32rem] overflow-auto rounded-lg bg-slate-900 p-3 text-xs text-slate-100">
          {payload.body}
        </pre>
      </section>
    </div>
  );
}
