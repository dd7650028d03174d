import type { Prisma } from "@/lib/generated/prisma/client";

// One row of the ops dashboard, shared by the list and the live-changes feed so the client can
// merge a change into the page it already shows.
export const orderListSelect = {
  id: true,
  number: true,
  customerName: true,
  customerPhone: true,
  city: true,
  pincode: true,
  status: true,
  paymentMethod: true,
  paymentStatus: true,
  totalPaise: true,
  hasShortItems: true,
  shipmentFailed: true,
  ndrOpen: true,
  rtoRiskScore: true,
  codConfirmation: true,
  version: true,
  placedAt: true,
  updatedAt: true,
  // Items are read per page by order id; a _count would aggregate the whole item table.
  items: { select: { qtyOrdered: true } },
  shipments: {
    select: { awb: true, status: true, courierAccount: { select: { courier: true } } },
    orderBy: { createdAt: "desc" },
    take: 1,
  },
} as const satisfies Prisma.OrderSelect;

type Selected = Prisma.OrderGetPayload<{ select: typeof orderListSelect }>;

export interface OrderListRow {
  id: string;
  number: string;
  customerName: string;
  customerPhone: string;
  city: string;
  pincode: string;
  status: Selected["status"];
  paymentMethod: Selected["paymentMethod"];
  paymentStatus: Selected["paymentStatus"];
  totalPaise: number;
  itemCount: number;
  flags: { partial: boolean; shipmentFailed: boolean; ndrOpen: boolean };
  /** RTO risk score 0–100 (lib/risk); null while unscored. */
  riskScore: number | null;
  codConfirmation: Selected["codConfirmation"];
  shipment: { awb: string | null; status: string; courier: string | null } | null;
  version: number;
  placedAt: string;
  updatedAt: string;
}

export function toOrderListRow(o: Selected): OrderListRow {
  const shipment = o.shipments[0];
  return {
    id: o.id,
    number: o.number,
    customerName: o.customerName,
    customerPhone: o.customerPhone,
    city: o.city,
    pincode: o.pincode,
    status: o.status,
    paymentMethod: o.paymentMethod,
    paymentStatus: o.paymentStatus,
    totalPaise: o.totalPaise,
    itemCount: o.items.reduce((sum, item) => sum + item.qtyOrdered, 0),
    flags: { partial: o.hasShortItems, shipmentFailed: o.shipmentFailed, ndrOpen: o.ndrOpen },
    riskScore: o.rtoRiskScore,
    codConfirmation: o.codConfirmation,
    shipment: shipment
      ? {
          awb: shipment.awb,
          status: shipment.status,
          courier: shipment.courierAccount?.courier ?? null,
        }
      : null,
    version: o.version,
    placedAt: o.placedAt.toISOString(),
    updatedAt: o.updatedAt.toISOString(),
  };
}
