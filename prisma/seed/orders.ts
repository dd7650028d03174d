import { randomUUID } from "node:crypto";
import type { Prisma } from "../../lib/generated/prisma/client";
import type { CourierCode, OrderStatus, ShipmentStatus } from "../../lib/generated/prisma/enums";
import { firstNames, lastNames, places, streets } from "./people";
import type { Rng } from "./random";

// Builds ~300 demo orders spread over every status, oldest delivered and newest just placed,
// as plain rows for createMany (orders, items, status history, shipments, tracking events).
const PATH: OrderStatus[] = ["PLACED", "PROCESSING", "PACKED", "SHIPPED", "DELIVERED"];
const MIX: [OrderStatus, number][] = [
  ["DELIVERED", 60],
  ["RETURNED", 8],
  ["SHIPPED", 50],
  ["CANCELLED", 12],
  ["PACKED", 20],
  ["PROCESSING", 30],
  ["PLACED", 120],
];

interface Product {
  id: string;
  sku: string;
  title: string;
  pricePaise: number;
}
interface Account {
  id: string;
  courier: CourierCode;
}

function historyPath(status: OrderStatus): OrderStatus[] {
  if (status === "CANCELLED") return ["PLACED", "CANCELLED"];
  if (status === "RETURNED") return [...PATH.slice(0, 4), "RETURNED"];
  return PATH.slice(0, PATH.indexOf(status) + 1);
}

// The oldest Processing orders are fully picked so the packing station has a real queue; every
// third of those with two or more lines lost one unit of its last line to a stock-out.
const READY_PROCESSING = 10;

const awbPrefix: Record<CourierCode, string> = { SHIPROCKET: "SR", DELHIVERY: "DL", EKART: "EK" };

export function buildDemoOrders(
  r: Rng,
  products: Product[],
  accounts: Account[],
  now = Date.now(),
) {
  const statuses = MIX.flatMap(([status, count]) => Array<OrderStatus>(count).fill(status));
  const orders: Prisma.OrderCreateManyInput[] = [];
  const items: Prisma.OrderItemCreateManyInput[] = [];
  const history: Prisma.OrderStatusHistoryCreateManyInput[] = [];
  const shipments: Prisma.ShipmentCreateManyInput[] = [];
  const events: Prisma.TrackingEventCreateManyInput[] = [];
  const exceptions: Prisma.StockExceptionCreateManyInput[] = [];
  const exceptionItems: Prisma.StockExceptionItemCreateManyInput[] = [];
  const hour = 3_600_000;
  const firstProcessing = statuses.indexOf("PROCESSING");
  for (const [index, status] of statuses.entries()) {
    const id = randomUUID();
    const placedAt = new Date(now - (statuses.length - index) * 0.8 * hour - r.int(0, 30) * 60_000);
    const place = r.pick(places);
    const name = `${r.pick(firstNames)} ${r.pick(lastNames)}`;
    const cod = r.chance(0.35);
    const lines = Array.from({ length: r.int(1, 4) }, () => r.pick(products)).filter(
      (p, i, all) => all.indexOf(p) === i,
    );
    let subtotal = 0;
    const readyRank = status === "PROCESSING" ? index - firstProcessing : -1;
    const ready = readyRank >= 0 && readyRank < READY_PROCESSING;
    const withShort = ready && readyRank % 3 === 0 && lines.length >= 2;
    const number = `PL-${String(100001 + index)}`;
    lines.forEach((product, line) => {
      const qty = r.int(1, 3);
      subtotal += qty * product.pricePaise;
      const short = withShort && line === lines.length - 1 ? 1 : 0;
      const picked =
        status === "PLACED" || status === "CANCELLED"
          ? 0
          : status === "PROCESSING"
            ? ready
              ? qty - short
              : line === 0
                ? qty
                : 0
            : qty;
      const itemId = randomUUID();
      if (short > 0) {
        const exceptionId = randomUUID();
        exceptions.push({
          id: exceptionId,
          productId: product.id,
          sku: product.sku,
          productTitle: product.title,
          qtyShort: short,
          orderNumbers: [number],
          createdAt: new Date(placedAt.getTime() + 2 * hour),
        });
        exceptionItems.push({
          stockExceptionId: exceptionId,
          orderItemId: itemId,
          qtyShort: short,
        });
      }
      items.push({
        id: itemId,
        qtyShort: short,
        orderId: id,
        productId: product.id,
        sku: product.sku,
        title: product.title,
        unitPricePaise: product.pricePaise,
        qtyOrdered: qty,
        qtyPicked: picked,
        orderPlacedAt: placedAt,
      });
    });
    const shipping = subtotal >= 49900 ? 0 : 4900;
    const path = historyPath(status);
    const at = (step: number) => new Date(placedAt.getTime() + step * 5 * hour);
    path.forEach((to, step) =>
      history.push({
        id: randomUUID(),
        orderId: id,
        fromStatus: step === 0 ? null : path[step - 1],
        toStatus: to,
        createdAt: at(step),
        actorLabel: "seed",
        reason: to === "CANCELLED" ? "Customer asked to cancel" : null,
      }),
    );
    orders.push({
      id,
      source: "SEED" as const,
      externalId: number,
      number,
      customerName: name,
      customerEmail: `${name.toLowerCase().replace(/\s+/g, ".")}${index}@example.in`,
      customerPhone: `+91${r.pick(["9", "8", "7"])}${String(r.int(100000000, 999999999))}`,
      addressLine1: `${r.int(1, 480)}, ${r.pick(streets)}`,
      city: place.city,
      state: place.state,
      pincode: place.pincode,
      paymentMethod: cod ? ("COD" as const) : ("PREPAID" as const),
      paymentStatus: cod ? ("PENDING" as const) : ("PAID" as const),
      subtotalPaise: subtotal,
      shippingPaise: shipping,
      totalPaise: subtotal + shipping,
      codAmountPaise: cod ? subtotal + shipping : 0,
      status,
      readyToPack: ready || !["PLACED", "PROCESSING", "CANCELLED"].includes(status),
      hasShortItems: withShort,
      placedAt,
      createdAt: placedAt,
      packedAt: path.includes("PACKED") ? at(2) : null,
      shippedAt: path.includes("SHIPPED") ? at(3) : null,
      deliveredAt: status === "DELIVERED" ? at(4) : null,
      cancelledAt: status === "CANCELLED" ? at(1) : null,
      cancelReason: status === "CANCELLED" ? "Customer asked to cancel" : null,
    });
    if (path.includes("SHIPPED")) {
      const account = accounts[index % accounts.length] as Account;
      const shipmentId = randomUUID();
      const awb = `${awbPrefix[account.courier]}${String(7000000000 + index * 7919)}`;
      const final: ShipmentStatus =
        status === "DELIVERED"
          ? "DELIVERED"
          : status === "RETURNED"
            ? "RTO_DELIVERED"
            : r.pick(["IN_TRANSIT", "OUT_FOR_DELIVERY", "PICKED_UP"] as const);
      shipments.push({
        id: shipmentId,
        orderId: id,
        courierAccountId: account.id,
        idempotencyKey: `${id}:FORWARD:1`,
        awb,
        status: final,
        rawStatus: final,
        chargePaise: r.int(4500, 12000),
        weightGrams: 500,
        bookedAt: at(3),
        expectedDeliveryAt: at(12),
        deliveredAt: status === "DELIVERED" ? at(4) : null,
        choiceReason: "Seeded demo shipment",
        createdAt: at(3),
      });
      const scans: [ShipmentStatus, string, number][] = [
        ["BOOKED", "Shipment created", 3],
        ["PICKED_UP", "Picked up from seller", 3.3],
        ["IN_TRANSIT", `Arrived at ${place.city} hub`, 3.7],
      ];
      if (final === "OUT_FOR_DELIVERY" || final === "DELIVERED")
        scans.push(["OUT_FOR_DELIVERY", "Out for delivery", 3.9]);
      if (final === "DELIVERED") scans.push(["DELIVERED", "Delivered to customer", 4]);
      if (final === "RTO_DELIVERED")
        scans.push(
          ["NDR", "Customer not available", 3.9],
          ["RTO_DELIVERED", "Returned to seller", 4.5],
        );
      for (const [scanStatus, remarks, step] of scans) {
        events.push({
          id: randomUUID(),
          shipmentId,
          status: scanStatus,
          rawStatus: scanStatus,
          remarks,
          location: place.city,
          occurredAt: at(step),
          source: "seed",
          dedupeKey: `${awb}:${scanStatus}:${step}`,
        });
      }
    }
  }
  return { orders, items, history, shipments, events, exceptions, exceptionItems };
}
