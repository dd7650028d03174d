import type { Tx } from "@/lib/db";
import { emitEvents } from "@/lib/events/emit-events";
import type { PaymentStatus } from "@/lib/generated/prisma/enums";
import { orderPlacedPayload } from "./insert-imported-orders";
import type { ImportedOrder } from "./normalize-store-page";

export interface KnownOrder {
  id: string;
  externalId: string;
  number: string;
  status: string;
  paymentStatus: PaymentStatus;
}

// A payment only moves forward: a late "pending" from the store never un-pays an order.
const rank: Record<PaymentStatus, number> = { PENDING: 0, FAILED: 1, PAID: 2, REFUNDED: 3 };

function forwardPayment(current: PaymentStatus, incoming: PaymentStatus): PaymentStatus {
  return rank[incoming] > rank[current] ? incoming : current;
}

/**
 * Applies the store's edits (contact, address, totals, payment) to known orders that are still
 * Placed, in one statement; once the warehouse has started on an order the store cannot change
 * it. Rows whose values are already the same are not touched (no version bump, no updatedAt).
 * Returns the external ids of the orders that changed.
 */
export async function updateImportedOrders(
  tx: Tx,
  pairs: { order: ImportedOrder; known: KnownOrder }[],
): Promise<string[]> {
  const open = pairs.filter((p) => p.known.status === "PLACED");
  if (open.length === 0) return [];
  const rows = open.map(({ order: o, known }) => ({
    id: known.id,
    name: o.customerName,
    email: o.customerEmail,
    phone: o.customerPhone,
    line1: o.addressLine1,
    line2: o.addressLine2,
    landmark: o.landmark,
    city: o.city,
    state: o.state,
    pincode: o.pincode,
    pstatus: forwardPayment(known.paymentStatus, o.paymentStatus),
    subtotal: o.subtotalPaise,
    shipping: o.shippingPaise,
    discount: o.discountPaise,
    tax: o.taxPaise,
    total: o.totalPaise,
  }));
  const changed = await tx.$queryRaw<{ id: string }[]>`
    UPDATE "Order" AS o SET
      "customerName" = v.name, "customerEmail" = v.email, "customerPhone" = v.phone,
      "addressLine1" = v.line1, "addressLine2" = v.line2, landmark = v.landmark,
      city = v.city, state = v.state, pincode = v.pincode,
      "paymentStatus" = v.pstatus::"PaymentStatus", "subtotalPaise" = v.subtotal,
      "shippingPaise" = v.shipping, "discountPaise" = v.discount, "taxPaise" = v.tax,
      "totalPaise" = v.total,
      "codAmountPaise" = CASE WHEN o."paymentMethod" = 'COD' THEN v.total ELSE 0 END,
      version = o.version + 1, "updatedAt" = now()
    FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS v(id text, name text,
      email text, phone text, line1 text, line2 text, landmark text, city text, state text,
      pincode text, pstatus text, subtotal int, shipping int, discount int, tax int, total int)
    WHERE o.id = v.id AND o.status = 'PLACED'
      AND (o."customerName", o."customerEmail", o."customerPhone", o."addressLine1",
           o."addressLine2", o.landmark, o.city, o.state, o.pincode, o."paymentStatus"::text,
           o."subtotalPaise", o."shippingPaise", o."discountPaise", o."taxPaise", o."totalPaise")
        IS DISTINCT FROM
          (v.name, v.email, v.phone, v.line1, v.line2, v.landmark, v.city, v.state,
           v.pincode::char(6), v.pstatus, v.subtotal, v.shipping, v.discount, v.tax, v.total)
    RETURNING o.id`;
  const changedIds = new Set(changed.map((r) => r.id));
  const nowPaid = open.filter(
    ({ order, known }) =>
      changedIds.has(known.id) &&
      known.paymentStatus !== "PAID" &&
      order.paymentMethod === "PREPAID" &&
      forwardPayment(known.paymentStatus, order.paymentStatus) === "PAID",
  );
  await emitEvents(
    tx,
    nowPaid.map(({ order, known }) => ({
      type: "OrderPlaced" as const,
      aggregateType: "Order" as const,
      aggregateId: known.id,
      payload: orderPlacedPayload({
        ...order,
        id: known.id,
        number: known.number,
        source: "STORE_API",
        paymentStatus: "PAID",
      }),
    })),
  );
  return open.filter(({ known }) => changedIds.has(known.id)).map(({ known }) => known.externalId);
}
