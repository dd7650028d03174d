import { db } from "@/lib/db";
import type { CourierCode, ShipmentStatus } from "@/lib/generated/prisma/enums";
import { ndrSelect, toNdrView, type NdrView } from "./ndr-view";

// Statuses ops must act on: a failed booking, a failed delivery attempt, a parcel coming back.
export const ATTENTION_STATUSES: ShipmentStatus[] = [
  "FAILED",
  "NDR",
  "RTO_INITIATED",
  "LOST",
  "DAMAGED",
];

export interface ShipmentRow {
  id: string;
  orderId: string;
  orderNumber: string;
  awb: string | null;
  courier: CourierCode | null;
  status: ShipmentStatus;
  city: string;
  failureReason: string | null;
  expectedDeliveryAt: Date | null;
  updatedAt: Date;
  /** the failed attempt, the NDR actions asked and the ones allowed now; null without an NDR */
  ndr: NdrView | null;
}

export interface ShippingOverview {
  counts: { courier: CourierCode | null; status: ShipmentStatus; count: number }[];
  shipments: ShipmentRow[];
}

/** Counts by courier and status, and the latest shipments (optionally of one status). */
export async function getShippingOverview(options: {
  status?: ShipmentStatus;
  limit?: number;
}): Promise<ShippingOverview> {
  const [grouped, accounts, rows] = await Promise.all([
    db.shipment.groupBy({ by: ["courierAccountId", "status"], _count: { _all: true } }),
    db.courierAccount.findMany({ select: { id: true, courier: true } }),
    db.shipment.findMany({
      where: options.status ? { status: options.status } : undefined,
      orderBy: { updatedAt: "desc" },
      take: options.limit ?? 50,
      select: {
        id: true,
        orderId: true,
        awb: true,
        status: true,
        failureReason: true,
        expectedDeliveryAt: true,
        updatedAt: true,
        ...ndrSelect,
        courierAccount: { select: { courier: true } },
        order: { select: { number: true, city: true } },
      },
    }),
  ]);
  const now = new Date();
  const courierOf = new Map(accounts.map((a) => [a.id, a.courier]));
  return {
    counts: grouped.map((g) => ({
      courier: g.courierAccountId ? (courierOf.get(g.courierAccountId) ?? null) : null,
      status: g.status,
      count: g._count._all,
    })),
    shipments: rows.map((r) => ({
      id: r.id,
      orderId: r.orderId,
      orderNumber: r.order.number,
      awb: r.awb,
      courier: r.courierAccount?.courier ?? null,
      status: r.status,
      city: r.order.city,
      failureReason: r.failureReason,
      expectedDeliveryAt: r.expectedDeliveryAt,
      updatedAt: r.updatedAt,
      ndr: toNdrView(r, now),
    })),
  };
}
