import { db } from "@/lib/db";

/**
 * The shipment a customer means by an AWB as they typed it. Couriers issue AWBs in capitals or
 * digits, and customers type them from an SMS in any case, so the number is tried as typed and
 * in capitals: each an equality on a unique index (a case-insensitive match would scan every
 * shipment). An AWB the courier replaced (a re-created booking) still finds the parcel.
 */
export async function findShipmentIdByAwb(typed: string): Promise<string | null> {
  const awbs = [...new Set([typed, typed.toUpperCase()])];
  const [current, alias] = await Promise.all([
    db.shipment.findFirst({ where: { awb: { in: awbs } }, select: { id: true } }),
    db.shipmentAwbAlias.findFirst({ where: { awb: { in: awbs } }, select: { shipmentId: true } }),
  ]);
  return current?.id ?? alias?.shipmentId ?? null;
}
