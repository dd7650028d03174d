import { randomUUID } from "node:crypto";
import type { Tx } from "@/lib/db";
import type { PaymentStatus } from "@/lib/generated/prisma/enums";
import type { RazorpayPayment } from "./razorpay-event-schema";

// A payment's status only moves forward, so an event that arrives late never undoes a newer one.
const rank: Record<PaymentStatus, number> = { PENDING: 0, FAILED: 1, PAID: 2, REFUNDED: 3 };

export function paymentStatusOf(status: string): PaymentStatus {
  if (status === "captured") return "PAID";
  if (status === "failed") return "FAILED";
  if (status === "refunded") return "REFUNDED";
  return "PENDING";
}

/**
 * Records a Razorpay payment once (unique provider + payment id), moving its status forward
 * only, and links it to the order once known. Returns the row as it stands, locked.
 */
export async function recordPayment(
  tx: Tx,
  input: {
    payment: RazorpayPayment;
    status: PaymentStatus;
    orderId: string | null;
    /** the order the payment names, for linking it once that order exists */
    orderRef: string | null;
    raw: unknown;
  },
): Promise<{ id: string; status: PaymentStatus; orderId: string | null }> {
  const p = input.payment;
  await tx.$executeRaw`
    INSERT INTO "Payment" (id, "orderId", "orderRef", provider, "providerPaymentId",
      "providerOrderId", "amountPaise", currency, status, method, "capturedAt", raw, "createdAt",
      "updatedAt")
    VALUES (${randomUUID()}, ${input.orderId}, ${input.orderRef}, 'razorpay', ${p.id},
      ${p.order_id ?? null},
      ${p.amount}, ${p.currency}, ${input.status}::"PaymentStatus", ${p.method ?? null},
      ${input.status === "PAID" ? new Date() : null}, ${JSON.stringify(input.raw)}::jsonb,
      now(), now())
    ON CONFLICT (provider, "providerPaymentId") DO NOTHING`;
  const [row] = await tx.$queryRaw<{ id: string; status: PaymentStatus; orderId: string | null }[]>`
    SELECT id, status, "orderId" FROM "Payment"
    WHERE provider = 'razorpay' AND "providerPaymentId" = ${p.id} FOR UPDATE`;
  const current = row!;
  const status = rank[input.status] > rank[current.status] ? input.status : current.status;
  const orderId = current.orderId ?? input.orderId;
  if (status !== current.status || orderId !== current.orderId) {
    await tx.payment.update({
      where: { id: current.id },
      data: {
        status,
        orderId,
        ...(input.orderRef ? { orderRef: input.orderRef } : {}),
        ...(status === "PAID" && current.status !== "PAID" ? { capturedAt: new Date() } : {}),
        raw: input.raw as object,
      },
      select: { id: true },
    });
  }
  return { id: current.id, status, orderId };
}
