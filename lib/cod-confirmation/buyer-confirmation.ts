import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import type { CodConfirmation } from "@/lib/generated/prisma/enums";
import { rateLimit } from "@/lib/security/rate-limit";
import { CONFIRMATION_LINK_REFUSED, orderOfConfirmationToken } from "./confirmation-link";

export interface BuyerConfirmationView {
  orderNumber: string;
  firstName: string;
  codAmountPaise: number;
  items: { title: string; qty: number }[];
  city: string;
  pincode: string;
  state: CodConfirmation;
  /** the order was cancelled, at confirmation or another way */
  cancelled: boolean;
  /** true while the buyer's tap still counts */
  canAnswer: boolean;
  /** when and how the order was answered, if it was */
  answeredAt: string | null;
  answeredBy: "buyer" | "ops" | null;
}

// Like the tracking page: per client address, a bad link costs more than a good one, so guessing
// tokens is slow while a buyer reloading the page is never refused.
const lookups = rateLimit({
  name: "cod-confirmation-client",
  points: 30,
  durationSeconds: 60,
  refusal: () => "Too many tries from your connection; try again in a minute.",
  lazyCommit: true,
});
const MISS_COST = 10;

/** Runs a buyer's look-up or answer under the per-client limit; a bad link costs MISS_COST. */
export async function limitedByClient<T>(client: string, run: () => Promise<T>): Promise<T> {
  await lookups.consume(client);
  try {
    return await run();
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND")
      await lookups.charge(client, MISS_COST - 1);
    throw error;
  }
}

/** What the buyer's page shows for a link; reading it changes nothing. */
export async function getBuyerConfirmation(
  token: string,
  now: Date = new Date(),
): Promise<BuyerConfirmationView> {
  const orderId = orderOfConfirmationToken(token, now);
  const order = await db.order.findUnique({
    where: { id: orderId },
    select: {
      number: true,
      customerName: true,
      codAmountPaise: true,
      city: true,
      pincode: true,
      status: true,
      codConfirmation: true,
      codConfirmationAnsweredAt: true,
      codConfirmationVia: true,
      items: { select: { title: true, qtyOrdered: true }, orderBy: { createdAt: "asc" } },
    },
  });
  if (!order) throw new AppError("NOT_FOUND", CONFIRMATION_LINK_REFUSED);
  return {
    orderNumber: order.number,
    firstName: order.customerName.trim().split(/\s+/)[0] ?? "",
    codAmountPaise: order.codAmountPaise,
    items: order.items.map((i) => ({ title: i.title, qty: i.qtyOrdered })),
    city: order.city,
    pincode: order.pincode,
    state: order.codConfirmation,
    cancelled: order.status === "CANCELLED",
    canAnswer:
      (order.status === "PLACED" || order.status === "PROCESSING") &&
      (order.codConfirmation === "AWAITING" || order.codConfirmation === "NO_ANSWER"),
    answeredAt: order.codConfirmationAnsweredAt?.toISOString() ?? null,
    answeredBy: order.codConfirmationVia
      ? order.codConfirmationVia === "OPS_CALL"
        ? "ops"
        : "buyer"
      : null,
  };
}
