import type { Tx } from "@/lib/db";
import type { PaymentStatus } from "@/lib/generated/prisma/enums";
import { markOrderPaid, markOrderPaymentFailed } from "./mark-order-paid";

/**
 * Serialises "does the order exist yet?" between a payment naming an order and the import
 * creating orders with those numbers: whichever commits second sees the other's rows, so a
 * payment is never left waiting for an order that exists. Locks are taken in sorted order, so
 * two batches never deadlock.
 */
export async function lockOrderReferences(tx: Tx, refs: readonly string[]): Promise<void> {
  if (refs.length === 0) return;
  await tx.$executeRaw`
    SELECT pg_advisory_xact_lock(hashtextextended('order-ref:' || r, 0))
    FROM (SELECT DISTINCT r FROM unnest(${[...refs]}::text[]) AS r ORDER BY r) sorted`;
}

/**
 * Payments that arrived before their order (stored with the order number they named) are linked
 * in the transaction that creates the orders: a captured payment pays the order exactly as if it
 * had arrived now (OrderPlaced, auto-booking), a failed one marks it failed, and the "matches no
 * order" incident is resolved. Returns how many payments were linked.
 */
export async function linkWaitingPayments(
  tx: Tx,
  orders: readonly { id: string; number: string }[],
): Promise<number> {
  if (orders.length === 0) return 0;
  await lockOrderReferences(
    tx,
    orders.map((o) => o.number),
  );
  const linked = await tx.$queryRaw<
    { providerPaymentId: string; status: PaymentStatus; amountPaise: number; orderId: string }[]
  >`
    WITH created AS (
      SELECT * FROM unnest(${orders.map((o) => o.id)}::text[], ${orders.map((o) => o.number)}::text[])
        AS c(id, number)
    ), waiting AS (
      SELECT p.id, c.id AS "orderId"
      FROM "Payment" p JOIN created c ON c.number = p."orderRef"
      WHERE p."orderId" IS NULL
      ORDER BY p.id
      FOR UPDATE OF p
    )
    UPDATE "Payment" p SET "orderId" = w."orderId", "updatedAt" = now()
    FROM waiting w WHERE p.id = w.id
    RETURNING p."providerPaymentId", p.status, p."amountPaise", p."orderId"`;
  for (const payment of linked) {
    if (payment.status === "PAID")
      await markOrderPaid(tx, {
        orderId: payment.orderId,
        amountPaise: payment.amountPaise,
        paymentId: payment.providerPaymentId,
      });
    else if (payment.status === "FAILED") await markOrderPaymentFailed(tx, payment.orderId);
  }
  if (linked.length > 0) await resolveWaitingIncidents(tx, linked);
  return linked.length;
}

async function resolveWaitingIncidents(
  tx: Tx,
  linked: readonly { providerPaymentId: string; orderId: string }[],
): Promise<void> {
  await tx.$executeRaw`
    UPDATE "Incident" i SET "resolvedAt" = now(), "resolvedBy" = 'store-sync',
      "orderId" = l."orderId",
      context = i.context || jsonb_build_object('resolution',
        'Linked automatically when the order arrived from the store')
    FROM unnest(${linked.map((l) => l.providerPaymentId)}::text[],
                ${linked.map((l) => l.orderId)}::text[]) AS l("paymentId", "orderId")
    WHERE i.category = 'PAYMENT' AND i."resolvedAt" IS NULL
      AND i.context->>'paymentId' = l."paymentId"`;
}
