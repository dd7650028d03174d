import { randomUUID } from "node:crypto";
import type { Prisma } from "../../lib/generated/prisma/client";

// COD orders in each confirmation state, for the COD confirmation journeys
// (e2e/cod-confirmation.spec.ts), apart from the demo mix: PL-310001…310007. Held orders are
// off the floor, so no picking or wave journey meets them; the confirmed one is delivered. All
// are placed 50 days ago (they list after every demo order) except PL-310002, which the buyer
// confirms in a journey: placed a minute before seeding, so once it joins the floor it is the
// newest order there and a wave or a pick of the oldest orders never takes it first.
const DAY = 86_400_000;
const HOUR = 3_600_000;

interface Product {
  id: string;
  sku: string;
  title: string;
  pricePaise: number;
}

type State = "AWAITING" | "NO_ANSWER" | "CONFIRMED" | "CANCELLED";

const PLAN: { state: State; name: string; note: string }[] = [
  {
    state: "AWAITING",
    name: "Meera Iyer",
    note: "Confirmation needed: COD Rs. 2,499.00 is at or above Rs. 1,500.00.",
  },
  { state: "AWAITING", name: "Ravi Kumar", note: "The rule confirms every COD order." },
  {
    state: "NO_ANSWER",
    name: "Sunita Devi",
    note: "Confirmation needed: RTO risk 82 is at or above 70.",
  },
  { state: "CONFIRMED", name: "Arjun Nair", note: "The rule confirms every COD order." },
  { state: "CANCELLED", name: "Farah Khan", note: "The rule confirms every COD order." },
  { state: "AWAITING", name: "Vikram Singh", note: "The rule confirms every COD order." },
  { state: "NO_ANSWER", name: "Lakshmi Rao", note: "The rule confirms every COD order." },
];

export function buildCodConfirmationOrders(product: Product, now = Date.now()) {
  const orders: Prisma.OrderCreateManyInput[] = [];
  const items: Prisma.OrderItemCreateManyInput[] = [];
  const history: Prisma.OrderStatusHistoryCreateManyInput[] = [];
  const events: Prisma.CodConfirmationEventCreateManyInput[] = [];
  PLAN.forEach(({ state, name, note }, i) => {
    const n = i + 1;
    const id = randomUUID();
    const placedAt = new Date(n === 2 ? now - 60_000 : now - 50 * DAY + n * 60_000);
    const askedAt = new Date(placedAt.getTime() + 60_000);
    const total = product.pricePaise * 2;
    const status =
      state === "CONFIRMED" ? "DELIVERED" : state === "CANCELLED" ? "CANCELLED" : "PLACED";
    const answered = state === "CONFIRMED" || state === "CANCELLED";
    orders.push({
      id,
      source: "SEED",
      externalId: `CODC-${n}`,
      number: `PL-${310000 + n}`,
      customerName: name,
      customerPhone: `+9197310${String(n).padStart(5, "0")}`,
      addressLine1: `${n}, 2nd Main, Indiranagar`,
      city: "Bengaluru",
      state: "Karnataka",
      pincode: "560038",
      paymentMethod: "COD",
      subtotalPaise: total,
      totalPaise: total,
      codAmountPaise: total,
      status,
      placedAt,
      createdAt: placedAt,
      codConfirmation: state,
      codConfirmationDueAt: new Date(
        state === "NO_ANSWER"
          ? askedAt.getTime() + 24 * HOUR
          : Math.max(now, askedAt.getTime()) + 20 * HOUR,
      ),
      ...(answered
        ? {
            codConfirmationAnsweredAt: new Date(askedAt.getTime() + HOUR),
            codConfirmationVia: state === "CONFIRMED" ? "WHATSAPP" : "LINK",
            codConfirmationBy: "buyer",
          }
        : {}),
      ...(state === "CANCELLED"
        ? {
            cancelledAt: new Date(askedAt.getTime() + HOUR),
            cancelReason: "The buyer cancelled the COD order on the confirmation page.",
          }
        : {}),
      ...(state === "CONFIRMED" ? { deliveredAt: new Date(placedAt.getTime() + 4 * DAY) } : {}),
    });
    items.push({
      id: randomUUID(),
      orderId: id,
      productId: product.id,
      sku: product.sku,
      title: product.title,
      unitPricePaise: product.pricePaise,
      qtyOrdered: 2,
      ...(state === "CONFIRMED" ? { qtyPicked: 2, qtyVerified: 2 } : {}),
      orderPlacedAt: placedAt,
    });
    history.push({
      id: randomUUID(),
      orderId: id,
      fromStatus: null,
      toStatus: "PLACED",
      createdAt: placedAt,
      actorLabel: "seed",
    });
    if (status !== "PLACED")
      history.push({
        id: randomUUID(),
        orderId: id,
        fromStatus: "PLACED",
        toStatus: status,
        createdAt: new Date(askedAt.getTime() + (status === "DELIVERED" ? 4 * DAY : HOUR)),
        actorLabel: "seed",
        reason:
          state === "CANCELLED"
            ? "The buyer cancelled the COD order on the confirmation page."
            : null,
      });
    const event = (
      at: Date,
      fromState: Prisma.CodConfirmationEventCreateManyInput["fromState"],
      toState: State | "CHECKING",
      extra: Partial<Prisma.CodConfirmationEventCreateManyInput> = {},
    ) =>
      events.push({
        id: randomUUID(),
        orderId: id,
        createdAt: at,
        fromState,
        toState,
        actorLabel: "cod-confirmation",
        ...extra,
      });
    event(askedAt, "CHECKING", "AWAITING", { note });
    if (state === "NO_ANSWER")
      event(new Date(askedAt.getTime() + 24 * HOUR), "AWAITING", "NO_ANSWER", {
        note: "The buyer did not answer by the deadline: ops call and confirm or cancel.",
      });
    if (answered)
      event(new Date(askedAt.getTime() + HOUR), "AWAITING", state, {
        via: state === "CONFIRMED" ? "WHATSAPP" : "LINK",
        actorLabel: "buyer",
        note: state === "CONFIRMED" ? "WhatsApp reply: “Confirm”" : null,
      });
  });
  return { orders, items, history, events };
}
