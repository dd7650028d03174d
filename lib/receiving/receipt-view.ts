import type { Prisma } from "@/lib/generated/prisma/client";

/** What the order page shows of a receipt: who received what, the claim and the refund. */
export const receiptViewSelect = {
  id: true,
  createdAt: true,
  receivedBy: { select: { name: true } },
  lines: {
    select: { sku: true, good: true, damaged: true, missing: true, writeOffNote: true },
    orderBy: { sku: "asc" },
  },
  claims: { select: { amountPaise: true, status: true, awb: true } },
  refund: {
    select: {
      id: true,
      amountPaise: true,
      status: true,
      method: true,
      basis: true,
      failureReason: true,
      providerPaymentId: true,
      providerRefundId: true,
      issuedAt: true,
    },
  },
} as const satisfies Prisma.ReceiptSelect;
