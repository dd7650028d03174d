import { BookingAttempts } from "./booking-attempts";
import { Section } from "./detail-section";
import { formatIst, formatPaise } from "./format";
import { OrderMessages } from "./order-messages";
import type { OrderDetailJson } from "./order-detail-types";
import { ShipmentTracking } from "./shipment-tracking";
import { RetryAnyway } from "./retry-anyway";
import { ReceiptsSection } from "./receipts-section";
import { RiskSection } from "./risk-section";
import { ReprintLabel } from "@/components/shipping/reprint-label";

/** The order page's side column: who the customer is, how they pay, and the parcels. */
export function OrderSideSections({ order }: { order: OrderDetailJson }) {
  const payment = order.payments.at(-1);
  return (
    <>
      <Section title="Customer">
        <dl className="text-sm leading-6">
          <dt className="sr-only">Name</dt>
          <dd className="font-semibold">{order.customerName}</dd>
          <dt className="sr-only">Email</dt>
          <dd className="break-all">{order.customerEmail ?? "No email"}</dd>
          <dt className="sr-only">Phone</dt>
          <dd>
            <a href={`tel:${order.customerPhone}`} className="text-brand-700 underline">
              {order.customerPhone}
            </a>
          </dd>
        </dl>
      </Section>
      <Section title="Payment">
        <p className="text-sm">
          {order.paymentMethod === "COD" ? "Cash on delivery" : "Prepaid"} ·{" "}
          <span className="font-semibold">{order.paymentStatus.toLowerCase()}</span>
        </p>
        {order.paymentMethod === "COD" && (
          <p className="text-sm text-slate-600">
            Collect {formatPaise(order.codAmountPaise)}
            {order.codOrderedPaise !== null && order.codOrderedPaise !== order.codAmountPaise
              ? ` (was ${formatPaise(order.codOrderedPaise)}: short items not shipped)`
              : ""}
          </p>
        )}
        {order.refundDuePaise > 0 && (
          <p className="text-sm font-semibold text-amber-800">
            Refund due to the customer: {formatPaise(order.refundDuePaise)} (short items)
          </p>
        )}
        {order.packedWeightGrams !== null && (
          <p className="text-sm text-slate-600">
            Packed {order.packedWeightGrams} g
            {order.packedBoxName ? ` in ${order.packedBoxName}` : ""}
          </p>
        )}
        {payment && (
          <p className="mt-1 text-xs text-slate-500">
            {payment.provider} <span className="font-mono">{payment.providerPaymentId}</span> ·{" "}
            {formatPaise(payment.amountPaise)}
            {payment.capturedAt ? ` · ${formatIst(payment.capturedAt)}` : ""}
          </p>
        )}
      </Section>
      <RiskSection risk={order.risk} />
      <ReceiptsSection order={order} />
      <Section title="Shipments">
        {order.shipments.length === 0 ? (
          <p className="text-sm text-slate-500">No shipment yet.</p>
        ) : (
          <ul className="flex flex-col gap-3 text-sm">
            {order.shipments.map((s) => (
              <li key={s.id}>
                <p className="font-semibold">
                  {s.direction === "REVERSE" && "return pickup · "}
                  {s.courier?.toLowerCase() ?? "courier"} ·{" "}
                  {s.status.replaceAll("_", " ").toLowerCase()}
                </p>
                {s.awb && (
                  <p>
                    AWB <span className="font-mono select-all">{s.awb}</span>
                    {s.trackingPath && (
                      <>
                        {" · "}
                        <a className="text-brand-700 underline" href={s.trackingPath}>
                          Tracking link
                        </a>
                      </>
                    )}
                    {s.labelPath && (
                      <>
                        {" · "}
                        <ReprintLabel labelPath={s.labelPath} />
                      </>
                    )}
                  </p>
                )}
                {s.failureReason && <p className="text-red-700">{s.failureReason}</p>}
                <BookingAttempts attempts={s.attempts} choiceReason={s.choiceReason} />
                {s.tracking && s.awb && <ShipmentTracking tracking={s.tracking} />}
                {s.retryAnyway && <RetryAnyway orderId={order.id} shipmentId={s.id} />}
              </li>
            ))}
          </ul>
        )}
      </Section>
      <OrderMessages messages={order.messages} />
    </>
  );
}
