import { z } from "zod";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { cursorKey, decodeCursor, toPage, type Page } from "@/lib/http/pagination";
import type { ListOrdersQuery } from "@/lib/validation/order";
import { riskBandWhere } from "@/lib/risk/risk-band-where";
import { orderListSelect, toOrderListRow, type OrderListRow } from "./order-list-row";
import { searchOrdersWhere } from "./search-orders-where";
import { confirmationWhere } from "@/lib/cod-confirmation/confirmation-where";

const cursorShape = z.object({ placedAt: cursorKey.instant, id: cursorKey.text }).strict();

/** Midnight in India on that calendar day, as a UTC instant. */
export function istDayStart(day: string): Date {
  return new Date(`${day}T00:00:00+05:30`);
}

function nextIstDay(day: string): Date {
  return new Date(istDayStart(day).getTime() + 86_400_000);
}

async function filtersWhere(query: ListOrdersQuery): Promise<Prisma.OrderWhereInput[]> {
  const and: Prisma.OrderWhereInput[] = [];
  if (query.status.length > 0) and.push({ status: { in: query.status } });
  if (query.from) and.push({ placedAt: { gte: istDayStart(query.from) } });
  if (query.to) and.push({ placedAt: { lt: nextIstDay(query.to) } });
  if (query.payment) and.push({ paymentMethod: query.payment });
  if (query.courier)
    and.push({ shipments: { some: { courierAccount: { courier: query.courier } } } });
  if (query.shipmentFailed) and.push({ shipmentFailed: true });
  if (query.partial) and.push({ hasShortItems: true });
  if (query.ndrOpen) and.push({ ndrOpen: true });
  if (query.risk) and.push(riskBandWhere(query.risk));
  if (query.confirmation?.length) and.push(confirmationWhere(query.confirmation));
  if (query.q) and.push(await searchOrdersWhere(query.q));
  return and;
}

/** The ops dashboard list: newest first, keyset-paged on (placedAt, id) so pages never shift. */
export async function listOrders(query: ListOrdersQuery): Promise<Page<OrderListRow>> {
  const and = await filtersWhere(query);
  const after = decodeCursor(query.cursor, cursorShape);
  if (after) {
    const placedAt = new Date(after.placedAt);
    and.push({ OR: [{ placedAt: { lt: placedAt } }, { placedAt, id: { lt: after.id } }] });
  }
  const rows = await db.order.findMany({
    where: { AND: and },
    orderBy: [{ placedAt: "desc" }, { id: "desc" }],
    take: query.limit + 1,
    select: orderListSelect,
  });
  return toPage(rows.map(toOrderListRow), query.limit, (row) => ({
    placedAt: row.placedAt,
    id: row.id,
  }));
}
