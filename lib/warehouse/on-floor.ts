import { Prisma } from "@/lib/generated/prisma/client";

/**
 * The one test of "this order belongs to the floor", as SQL over the order row named `alias`:
 * open (PLACED or PROCESSING) and not held for COD confirmation (waiting for the rule, for the
 * buyer, for ops after no answer, or cancelled). It calls the database function
 * packline_order_on_floor (migration cod_confirmation), which the SkuDemand triggers and the
 * pick function use too, so the pick list, its stats, allocation and waves cannot disagree.
 */
export function onFloor(alias: string): Prisma.Sql {
  if (!/^[a-z]\w*$/.test(alias)) throw new Error(`not an SQL alias: ${alias}`);
  return Prisma.sql`packline_order_on_floor(${Prisma.raw(alias)}.status, ${Prisma.raw(`${alias}."codConfirmation"`)})`;
}
