import { db, type Tx } from "@/lib/db";
import { AppError, notFound, type FieldErrors } from "@/lib/errors/app-error";
import type { OrderStatus, ReturnSource } from "@/lib/generated/prisma/enums";
import { log } from "@/lib/observability/logger";
import type { ReturnInput } from "@/lib/validation/returns";
import { OPEN_RETURN_STATUSES, returnableLines, type ReturnableLine } from "./returnable-lines";
import { getReturnWindowDays, returnWindowEnd } from "./return-window";

export interface CreateReturnRequestInput {
  orderId: string;
  source: ReturnSource;
  request: ReturnInput;
  /** a user's name, or "customer" */
  requestedBy: string;
  now?: Date;
}

export interface CreatedReturn {
  returnRequestId: string;
  orderNumber: string;
  units: number;
}

/**
 * A return request for a delivered order, checked and saved in one transaction on the locked
 * order row: the order is delivered, (for the customer) the return window counted from the
 * delivery is still open, no other return is under way, and every quantity is within what was
 * delivered less what earlier returns took back. Anything else is a sentence and nothing is
 * saved. Ops may ask after the window closes (a goodwill return); the customer may not.
 */
export async function createReturnRequest(input: CreateReturnRequestInput): Promise<CreatedReturn> {
  const now = input.now ?? new Date();
  try {
    return await db.$transaction(async (tx) => {
      const [order] = await tx.$queryRaw<
        { number: string; status: OrderStatus; deliveredAt: Date | null }[]
      >`SELECT number, status, "deliveredAt" FROM "Order" WHERE id = ${input.orderId} FOR UPDATE`;
      if (!order) throw notFound("The order");
      await assertReturnable(tx, input, order, now);
      const lines = await returnableLines(tx, input.orderId);
      checkQuantities(input.request.items, lines, order.number);
      const { request } = input;
      const created = await tx.returnRequest.create({
        data: {
          orderId: input.orderId,
          source: input.source,
          reason: request.reason,
          reasonText: request.reasonText ?? null,
          requestedBy: input.requestedBy.slice(0, 200),
          items: { create: request.items.map((i) => ({ ...i })) },
        },
        select: { id: true },
      });
      const units = request.items.reduce((n, i) => n + i.quantity, 0);
      log.info("return requested", { orderId: input.orderId, source: input.source, units });
      return { returnRequestId: created.id, orderNumber: order.number, units };
    });
  } catch (error) {
    // The partial unique index is the last word on "one open return per order".
    if ((error as { code?: unknown })?.code === "P2002") throw alreadyOpen();
    throw error;
  }
}

async function assertReturnable(
  tx: Tx,
  input: CreateReturnRequestInput,
  order: { number: string; status: OrderStatus; deliveredAt: Date | null },
  now: Date,
): Promise<void> {
  if (order.status === "RETURNED")
    throw new AppError("CONFLICT", `Order ${order.number} has already been returned.`);
  if (order.status !== "DELIVERED" || !order.deliveredAt)
    throw new AppError(
      "CONFLICT",
      `Order ${order.number} has not been delivered yet, so it cannot be returned.`,
    );
  const open = await tx.returnRequest.count({
    where: { orderId: input.orderId, status: { in: OPEN_RETURN_STATUSES } },
  });
  if (open) throw alreadyOpen();
  if (input.source !== "CUSTOMER") return;
  const days = await getReturnWindowDays(tx);
  if (now > returnWindowEnd(order.deliveredAt, days))
    throw new AppError(
      "CONFLICT",
      `The return window for order ${order.number} has closed: returns can be asked for within ${days} days of delivery.`,
    );
}

function checkQuantities(
  wanted: ReturnInput["items"],
  lines: ReturnableLine[],
  orderNumber: string,
): void {
  const errors: FieldErrors = {};
  wanted.forEach((w, index) => {
    const line = lines.find((l) => l.orderItemId === w.orderItemId);
    const at = `items.${index}.quantity`;
    if (!line) errors[`items.${index}.orderItemId`] = [`This item is not on order ${orderNumber}.`];
    else if (w.quantity > line.returnable)
      errors[at] = [
        line.returnable === 0
          ? `${line.title}: nothing left to return (${line.delivered} delivered, ${line.alreadyReturned} already returned).`
          : `${line.title}: at most ${line.returnable} can be returned (${line.delivered} delivered, ${line.alreadyReturned} already returned).`,
      ];
  });
  if (Object.keys(errors).length)
    throw new AppError("VALIDATION", "Some quantities are more than can be returned.", {
      fieldErrors: errors,
    });
}

const alreadyOpen = () =>
  new AppError(
    "CONFLICT",
    "A return is already under way for this order; it must be finished or cancelled before another is asked for.",
  );
