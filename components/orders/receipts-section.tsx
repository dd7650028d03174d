import { Section } from "./detail-section";
import { formatIst, formatPaise } from "./format";
import type { OrderDetailJson } from "./order-detail-types";
import { RetryRefund } from "./retry-refund";

type Refund = NonNullable<OrderDetailJson["receipts"][number]["refund"]>;

function refundSentence(refund: Refund): string {
  const amount = formatPaise(refund.amountPaise);
  switch (refund.status) {
    case "ISSUED":
      return `Refund of ${amount} issued through Razorpay${refund.issuedAt ? ` on ${formatIst(refund.issuedAt)}` : ""}.`;
    case "OWED":
      return `${amount} owed back to the customer (cash on delivery: pay it outside Razorpay).`;
    case "FAILED":
      return `Refund of ${amount} not issued: ${refund.failureReason ?? "see the logs"}`;
    default:
      return `Refund of ${amount} is being issued through Razorpay.`;
  }
}

/** The parcels received back for this order: what came back, the courier claim, the refund. */
export function ReceiptsSection({ order }: { order: OrderDetailJson }) {
  if (order.receipts.length === 0) return null;
  return (
    <Section title="Returned parcel">
      <ul className="flex flex-col gap-3 text-sm">
        {order.receipts.map((r) => (
          <li key={r.id}>
            <p className="text-slate-600">
              Received {formatIst(r.createdAt)} by {r.receivedBy?.name ?? "someone"}
            </p>
            <ul className="mt-1">
              {r.lines.map((l) => (
                <li key={l.sku}>
                  <span className="font-mono">{l.sku}</span>: {l.good} good, {l.damaged} written off
                  {l.writeOffNote ? ` (${l.writeOffNote})` : ""}, {l.missing} missing
                </li>
              ))}
            </ul>
            {r.claims.map((c) => (
              <p key={c.awb}>
                Courier claim {formatPaise(c.amountPaise)} · {c.status.toLowerCase()}
              </p>
            ))}
            {r.refund && (
              <p
                className={`mt-1 font-semibold ${r.refund.status === "FAILED" ? "text-red-700" : ""}`}
              >
                {refundSentence(r.refund)}
              </p>
            )}
            {r.refund && <p className="text-xs text-slate-500">{r.refund.basis}</p>}
            {r.refund?.status === "FAILED" && r.refund.providerPaymentId && (
              <RetryRefund orderId={order.id} refundId={r.refund.id} />
            )}
          </li>
        ))}
      </ul>
    </Section>
  );
}
