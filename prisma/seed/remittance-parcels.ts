import { randomUUID } from "node:crypto";
import type { Prisma } from "../../lib/generated/prisma/client";
import type { CourierCode } from "../../lib/generated/prisma/enums";

// Delivered COD parcels for the COD remittance demo and journey, apart from the demo mix so no
// other journey's counts move: PL-330001…330018, six per courier. The sandbox's remittance
// reports (sandbox/remittance-reports.ts) pay them from this same list, so each state shows:
// paid in full, paid short, not paid long after delivery (late) and not paid yet (awaiting).
export type RemittanceOutcome = "PAID" | "SHORT" | "MISSING" | "AWAITING";

export interface RemittanceParcel {
  number: string;
  courier: CourierCode;
  awb: string;
  codPaise: number;
  deliveredDaysAgo: number;
  outcome: RemittanceOutcome;
  /** what the courier's report pays; absent when it does not list the parcel */
  remittedPaise?: number;
}

const COURIERS: CourierCode[] = ["SHIPROCKET", "DELHIVERY", "EKART"];
const PREFIX: Record<CourierCode, string> = { SHIPROCKET: "SR", DELHIVERY: "DL", EKART: "EK" };
const PLAN: [RemittanceOutcome, number][] = [
  ["PAID", 8],
  ["PAID", 7],
  ["PAID", 6],
  ["SHORT", 6],
  ["MISSING", 25],
  ["AWAITING", 1],
];
/** what a short remittance keeps back: ₹50.50 */
export const SHORT_BY_PAISE = 5050;
const DAY = 86_400_000;

export const REMITTANCE_PARCELS: RemittanceParcel[] = COURIERS.flatMap((courier, c) =>
  PLAN.map(([outcome, deliveredDaysAgo], i) => {
    const n = c * PLAN.length + i + 1;
    const codPaise = 59_900 + n * 10_050;
    return {
      number: `PL-${330000 + n}`,
      courier,
      awb: `${PREFIX[courier]}33${String(n).padStart(8, "0")}`,
      codPaise,
      deliveredDaysAgo,
      outcome,
      remittedPaise:
        outcome === "PAID" ? codPaise : outcome === "SHORT" ? codPaise - SHORT_BY_PAISE : undefined,
    };
  }),
);

/** Orders and their delivered shipments, as createMany rows, on each courier's demo account. */
export function buildRemittanceParcels(
  accounts: { id: string; courier: CourierCode }[],
  product: { id: string; sku: string; title: string },
  now = Date.now(),
) {
  const orders: Prisma.OrderCreateManyInput[] = [];
  const items: Prisma.OrderItemCreateManyInput[] = [];
  const shipments: Prisma.ShipmentCreateManyInput[] = [];
  for (const p of REMITTANCE_PARCELS) {
    const account = accounts.find((a) => a.courier === p.courier);
    if (!account) continue;
    const id = randomUUID();
    const deliveredAt = new Date(now - p.deliveredDaysAgo * DAY);
    const placedAt = new Date(deliveredAt.getTime() - 3 * DAY);
    orders.push({
      id,
      source: "SEED",
      externalId: p.number,
      number: p.number,
      customerName: `Remittance Customer ${p.number.slice(-2)}`,
      customerPhone: `+9199330${p.number.slice(-5)}`,
      addressLine1: `${p.number.slice(-2)}, 2nd Main, Indiranagar`,
      city: "Bengaluru",
      state: "Karnataka",
      pincode: "560038",
      paymentMethod: "COD",
      paymentStatus: "PENDING",
      subtotalPaise: p.codPaise,
      totalPaise: p.codPaise,
      codAmountPaise: p.codPaise,
      status: "DELIVERED",
      readyToPack: true,
      placedAt,
      createdAt: placedAt,
      packedAt: new Date(placedAt.getTime() + DAY),
      shippedAt: new Date(placedAt.getTime() + DAY),
      deliveredAt,
    });
    items.push({
      id: randomUUID(),
      orderId: id,
      productId: product.id,
      sku: product.sku,
      title: product.title,
      unitPricePaise: p.codPaise,
      qtyOrdered: 1,
      qtyPicked: 1,
      orderPlacedAt: placedAt,
    });
    shipments.push({
      orderId: id,
      courierAccountId: account.id,
      idempotencyKey: `${id}:FORWARD:1`,
      awb: p.awb,
      status: "DELIVERED",
      rawStatus: "DELIVERED",
      bookedAt: new Date(placedAt.getTime() + DAY),
      deliveredAt,
      statusAt: deliveredAt,
      choiceReason: "Seeded remittance demo parcel",
    });
  }
  return { orders, items, shipments };
}
