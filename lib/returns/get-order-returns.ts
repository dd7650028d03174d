import { db } from "@/lib/db";
import { notFound } from "@/lib/errors/app-error";
import { returnableLines } from "./returnable-lines";
import { getReturnWindowDays, returnWindowEnd } from "./return-window";

/** The order page's returns section: past and open returns, and what may still be returned. */
export async function getOrderReturns(orderId: string) {
  return db.$transaction(async (tx) => {
    const order = await tx.order.findUnique({
      where: { id: orderId },
      select: { status: true, deliveredAt: true },
    });
    if (!order) throw notFound("The order");
    const [returns, lines, windowDays] = await Promise.all([
      tx.returnRequest.findMany({
        where: { orderId },
        orderBy: { createdAt: "desc" },
        select: {
          id: true,
          source: true,
          reason: true,
          reasonText: true,
          status: true,
          requestedBy: true,
          refusalReason: true,
          bookingProblem: true,
          decidedAt: true,
          createdAt: true,
          decidedBy: { select: { name: true } },
          items: { select: { quantity: true, orderItem: { select: { sku: true, title: true } } } },
          shipment: {
            select: { awb: true, status: true, courierAccount: { select: { courier: true } } },
          },
        },
      }),
      returnableLines(tx, orderId),
      getReturnWindowDays(tx),
    ]);
    return {
      orderStatus: order.status,
      windowDays,
      windowEndsAt: order.deliveredAt
        ? returnWindowEnd(order.deliveredAt, windowDays).toISOString()
        : null,
      lines,
      returns: returns.map((r) => ({
        id: r.id,
        source: r.source,
        reason: r.reason,
        reasonText: r.reasonText,
        status: r.status,
        requestedBy: r.requestedBy,
        decidedBy: r.decidedBy?.name ?? null,
        decidedAt: r.decidedAt?.toISOString() ?? null,
        createdAt: r.createdAt.toISOString(),
        refusalReason: r.refusalReason,
        bookingProblem: r.bookingProblem,
        items: r.items.map((i) => ({ ...i.orderItem, quantity: i.quantity })),
        pickup: r.shipment
          ? {
              awb: r.shipment.awb,
              status: r.shipment.status,
              courier: r.shipment.courierAccount?.courier ?? null,
            }
          : null,
      })),
    };
  });
}

export type OrderReturns = Awaited<ReturnType<typeof getOrderReturns>>;
