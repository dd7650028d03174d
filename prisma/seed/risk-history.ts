import { randomUUID } from "node:crypto";
import type { Prisma } from "../../lib/generated/prisma/client";
import type { CourierCode, OrderStatus, ShipmentStatus } from "../../lib/generated/prisma/enums";
import { firstNames, lastNames, places, streets } from "./people";
import type { Rng } from "./random";

// A year of finished orders for the RTO risk's lift page (lib/risk/get-risk-lift.ts):
// PL-320001…321500, placed 360 to 120 days ago (so no dashboard period or list page of the other
// demo blocks moves), each delivered or come back (RTO). The outcomes follow the patterns
// merchants report, drawn with a log-odds model: a few pincodes send most parcels back, some
// buyers refuse at the door again and again, COD and vague addresses come back more often.
const COUNT = 1500;
const DAY = 86_400_000;
const BUYERS = 550;

// Real pincodes where this demo merchant's parcels often come back (their directory entries
// match the cities), with how much more (log-odds) than the demo's usual places.
const riskyPlaces = [
  { city: "Siwan", state: "Bihar", pincode: "841226", effect: 1.6 },
  { city: "Motihari", state: "Bihar", pincode: "845401", effect: 1.4 },
  { city: "Gorakhpur", state: "Uttar Pradesh", pincode: "273001", effect: 1.0 },
  { city: "Gonda", state: "Uttar Pradesh", pincode: "271001", effect: 1.2 },
  { city: "Purnia", state: "Bihar", pincode: "854301", effect: 1.0 },
  { city: "Meerut", state: "Uttar Pradesh", pincode: "250002", effect: 0.6 },
];
const vagueLines = ["Near Hanuman Mandir", "Behind bus stand", "Opp. post office", "Main market"];
const awbPrefix: Record<CourierCode, string> = { SHIPROCKET: "SR", DELHIVERY: "DL", EKART: "EK" };
const logistic = (x: number) => 1 / (1 + Math.exp(-x));

interface Product {
  id: string;
  sku: string;
  title: string;
  pricePaise: number;
}

export function buildRiskHistory(
  r: Rng,
  products: Product[],
  accounts: { id: string; courier: CourierCode }[],
  now = Date.now(),
) {
  const allPlaces = [...places.map((p) => ({ ...p, effect: 0 })), ...riskyPlaces];
  const buyers = Array.from({ length: BUYERS }, (_, b) => {
    const name = `${r.pick(firstNames)} ${r.pick(lastNames)}`;
    return {
      name,
      phone: `+9169${String(10_000_000 + b * 137).padStart(8, "0")}`,
      email: `${name.toLowerCase().replace(/\s+/g, ".")}.h${b}@example.in`,
      // a third of buyers live in the risky places, which makes them a sixth of the orders
      place: r.chance(0.3) ? r.pick(riskyPlaces) : r.pick(allPlaces),
      // one buyer in twelve refuses parcels at the door as a habit
      effect: r.chance(1 / 12) ? 2.2 : r.chance(0.3) ? -0.5 : 0,
    };
  });
  const orders: Prisma.OrderCreateManyInput[] = [];
  const items: Prisma.OrderItemCreateManyInput[] = [];
  const history: Prisma.OrderStatusHistoryCreateManyInput[] = [];
  const shipments: Prisma.ShipmentCreateManyInput[] = [];
  const events: Prisma.TrackingEventCreateManyInput[] = [];
  for (let n = 0; n < COUNT; n += 1) {
    const id = randomUUID();
    const number = `PL-${320001 + n}`;
    // skewed towards the 50 most active buyers, so repeat buyers have a record
    const buyer = buyers[r.chance(0.4) ? r.int(0, 49) : r.int(0, BUYERS - 1)]!;
    const placedAt = new Date(now - (360 - (240 * n) / COUNT) * DAY - r.int(0, 600) * 60_000);
    const product = r.pick(products);
    const qty = r.int(1, 3);
    const total = qty * product.pricePaise + (qty * product.pricePaise >= 49900 ? 0 : 4900);
    const cod = r.chance(0.55);
    const vague = r.chance(0.1);
    const account = accounts[n % accounts.length]!;
    // base 7 % (prepaid, clean address, usual place); COD ×3, vague address ×2.2, high value ×1.3
    const x =
      Math.log(0.07 / 0.93) +
      buyer.place.effect +
      buyer.effect +
      (cod ? 1.1 : 0) +
      (vague ? 0.8 : 0) +
      (total > 300_000 ? 0.3 : 0);
    const rto = r.next() < logistic(x);
    const at = (days: number) => new Date(placedAt.getTime() + days * DAY);
    const final: OrderStatus = rto ? "RETURNED" : "DELIVERED";
    orders.push({
      id,
      source: "SEED",
      externalId: number,
      number,
      customerName: buyer.name,
      customerEmail: buyer.email,
      customerPhone: buyer.phone,
      addressLine1: vague ? r.pick(vagueLines) : `${r.int(1, 480)}, ${r.pick(streets)}`,
      city: buyer.place.city,
      state: buyer.place.state,
      pincode: buyer.place.pincode,
      paymentMethod: cod ? "COD" : "PREPAID",
      paymentStatus: cod ? (rto ? "PENDING" : "PAID") : "PAID",
      subtotalPaise: qty * product.pricePaise,
      shippingPaise: total - qty * product.pricePaise,
      totalPaise: total,
      codAmountPaise: cod ? total : 0,
      status: final,
      readyToPack: true,
      placedAt,
      createdAt: placedAt,
      packedAt: at(0.5),
      shippedAt: at(1),
      deliveredAt: rto ? null : at(4),
    });
    items.push({
      orderId: id,
      productId: product.id,
      sku: product.sku,
      title: product.title,
      unitPricePaise: product.pricePaise,
      qtyOrdered: qty,
      qtyPicked: qty,
      orderPlacedAt: placedAt,
    });
    const path: OrderStatus[] = ["PLACED", "PROCESSING", "PACKED", "SHIPPED", final];
    path.forEach((to, step) =>
      history.push({
        orderId: id,
        fromStatus: step === 0 ? null : path[step - 1],
        toStatus: to,
        createdAt: at([0, 0.2, 0.5, 1, rto ? 10 : 4][step]!),
        actorLabel: "seed",
      }),
    );
    const shipmentId = randomUUID();
    const awb = `${awbPrefix[account.courier]}8${String(n).padStart(9, "0")}`;
    shipments.push({
      id: shipmentId,
      orderId: id,
      courierAccountId: account.id,
      idempotencyKey: `${id}:FORWARD:1`,
      awb,
      status: rto ? "RTO_DELIVERED" : "DELIVERED",
      rawStatus: rto ? "RTO_DELIVERED" : "DELIVERED",
      chargePaise: r.int(4500, 12000),
      weightGrams: 500,
      bookedAt: at(1),
      expectedDeliveryAt: at(5),
      deliveredAt: rto ? null : at(4),
      statusAt: at(rto ? 10 : 4),
      hadFailedAttempt: rto,
      choiceReason: "Seeded history shipment",
      createdAt: at(1),
    });
    const scans: [ShipmentStatus, number][] = [
      ["BOOKED", 1],
      ["PICKED_UP", 1.3],
      ["IN_TRANSIT", 2],
      ...(rto
        ? ([
            ["NDR", 4],
            ["RTO_INITIATED", 6],
            ["RTO_DELIVERED", 10],
          ] as [ShipmentStatus, number][])
        : ([["DELIVERED", 4]] as [ShipmentStatus, number][])),
    ];
    for (const [status, day] of scans)
      events.push({
        shipmentId,
        status,
        rawStatus: status,
        location: buyer.place.city,
        occurredAt: at(day),
        source: "seed",
        dedupeKey: `${awb}:${status}`,
      });
  }
  return { orders, items, history, shipments, events };
}

// Rows per INSERT: Prisma splits a larger createMany itself and runs the parts side by side on
// the transaction's one connection, which pg warns is deprecated. Sequential parts avoid it.
const ROWS_PER_INSERT = 500;

async function inParts<T>(rows: T[], insert: (part: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += ROWS_PER_INSERT)
    await insert(rows.slice(i, i + ROWS_PER_INSERT));
}

/** Writes the history in the demo seed's transaction, parents before children. */
export async function insertRiskHistory(
  tx: Prisma.TransactionClient,
  history: ReturnType<typeof buildRiskHistory>,
): Promise<void> {
  await inParts(history.orders, (data) => tx.order.createMany({ data }));
  await inParts(history.items, (data) => tx.orderItem.createMany({ data }));
  await inParts(history.history, (data) => tx.orderStatusHistory.createMany({ data }));
  await inParts(history.shipments, (data) => tx.shipment.createMany({ data }));
  await inParts(history.events, (data) => tx.trackingEvent.createMany({ data }));
}
