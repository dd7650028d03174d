import type { Prisma } from "@/lib/generated/prisma/client";

/** What the scorer reads of an order (RiskOrder + HistoryKey), for every path that loads one. */
export const riskOrderSelect = {
  id: true,
  placedAt: true,
  pincode: true,
  city: true,
  state: true,
  addressLine1: true,
  addressLine2: true,
  landmark: true,
  customerPhone: true,
  customerEmail: true,
  paymentMethod: true,
  totalPaise: true,
} as const satisfies Prisma.OrderSelect;
