import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors/app-error";
import type {
  OrderStatus,
  PackDecision,
  PaymentMethod,
  PaymentStatus,
} from "@/lib/generated/prisma/enums";
import { deliveryAddressSelect } from "@/lib/orders/delivery-address-select";
import { packedAmounts } from "./packed-amounts";
import { ordersVisibleTo } from "./packer-visibility";

export interface PackItem {
  id: string;
  sku: string;
  barcode: string | null;
  title: string;
  imageUrl: string | null;
  binLocation: string | null;
  qtyOrdered: number;
  qtyPicked: number;
  qtyShort: number;
  qtyVerified: number;
}

export interface PackOrder {
  id: string;
  number: string;
  status: OrderStatus;
  version: number;
  readyToPack: boolean;
  hasShortItems: boolean;
  onHold: boolean;
  packDecision: PackDecision | null;
  packDecisionReason: string | null;
  packDecidedAt: string | null;
  packDecidedBy: string | null;
  placedAt: string;
  packedAt: string | null;
  customer: { name: string; phone: string };
  address: {
    line1: string;
    line2: string | null;
    landmark: string | null;
    city: string;
    state: string;
    pincode: string;
  };
  payment: {
    method: PaymentMethod;
    status: PaymentStatus;
    totalPaise: number;
    /** what the courier collects for what is in the box (packed-amounts.ts) */
    codToCollectPaise: number;
    /** what the customer is owed back for short items */
    refundDuePaise: number;
    /** the short items' value net of their share of discount and tax */
    shortValuePaise: number;
  };
  items: PackItem[];
  /** every picked unit has been scanned at the station */
  allVerified: boolean;
}

/**
 * What a packer needs to pack one order: items picked vs short, address, payment, decision.
 * Also what its packing slip prints. Not found for an order the viewer may not see.
 */
export async function getPackOrder(input: { orderId: string; viewer: Viewer }): Promise<PackOrder> {
  const order = await db.order.findFirst({
    where: { id: input.orderId, ...ordersVisibleTo(input.viewer) },
    select: {
      id: true,
      number: true,
      status: true,
      version: true,
      readyToPack: true,
      hasShortItems: true,
      onHold: true,
      packDecision: true,
      packDecisionReason: true,
      packDecidedAt: true,
      packDecidedBy: { select: { name: true } },
      placedAt: true,
      packedAt: true,
      ...deliveryAddressSelect,
      paymentMethod: true,
      paymentStatus: true,
      totalPaise: true,
      shippingPaise: true,
      codAmountPaise: true,
      codOrderedPaise: true,
      items: {
        orderBy: [{ sku: "asc" }, { id: "asc" }],
        select: {
          id: true,
          sku: true,
          title: true,
          qtyOrdered: true,
          qtyPicked: true,
          qtyShort: true,
          qtyVerified: true,
          unitPricePaise: true,
          product: { select: { barcode: true, imageUrl: true, binLocation: true } },
        },
      },
    },
  });
  if (!order) throw notFound("The order");
  // the price only feeds the amounts below: the station shows units, not prices
  const items = order.items.map(({ product, unitPricePaise, ...item }) => {
    void unitPricePaise;
    return { ...item, ...product };
  });
  const amounts = packedAmounts({ ...order, lines: order.items });
  return {
    id: order.id,
    number: order.number,
    status: order.status,
    version: order.version,
    readyToPack: order.readyToPack,
    hasShortItems: order.hasShortItems,
    onHold: order.onHold,
    packDecision: order.packDecision,
    packDecisionReason: order.packDecisionReason,
    packDecidedAt: order.packDecidedAt?.toISOString() ?? null,
    packDecidedBy: order.packDecidedBy?.name ?? null,
    placedAt: order.placedAt.toISOString(),
    packedAt: order.packedAt?.toISOString() ?? null,
    customer: { name: order.customerName, phone: order.customerPhone },
    address: {
      line1: order.addressLine1,
      line2: order.addressLine2,
      landmark: order.landmark,
      city: order.city,
      state: order.state,
      pincode: order.pincode,
    },
    payment: {
      method: order.paymentMethod,
      status: order.paymentStatus,
      totalPaise: order.totalPaise,
      codToCollectPaise: amounts.codToCollectPaise,
      refundDuePaise: amounts.refundDuePaise,
      shortValuePaise: amounts.reductionPaise,
    },
    items,
    allVerified: items.every((i) => i.qtyVerified >= i.qtyPicked),
  };
}
