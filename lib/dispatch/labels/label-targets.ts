import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import type { LabelSequence } from "@/lib/generated/prisma/enums";
import { ordersVisibleTo, shipmentsVisibleTo } from "@/lib/warehouse/packer-visibility";

/** One label to print, in print order: the shipment, or why the order has none. */
export interface LabelTarget {
  orderNumber: string;
  shipmentId: string | null;
  reason: string | null;
}

interface Found {
  id: string;
  number: string;
  packedAt: Date | null;
  shipmentId: string | null;
}

/**
 * The labels a selection asks for, in print order: as given (the order ticked or scanned), or by
 * when each parcel was packed (never packed last, then as given). An order prints its latest
 * forward shipment's label (a cancelled one's refusal is reported by the batch). The viewer must
 * be able to see every one: an id they may not see is answered like one that does not exist.
 */
export async function labelTargets(input: {
  viewer: Viewer;
  orderIds?: string[];
  shipmentIds?: string[];
  sequence: LabelSequence;
}): Promise<LabelTarget[]> {
  const ids = input.orderIds ?? input.shipmentIds ?? [];
  const found = input.orderIds
    ? await findOrders(input.viewer, input.orderIds)
    : await findShipments(input.viewer, ids);
  const missing = ids.length - found.size;
  if (missing > 0)
    throw new AppError(
      "NOT_FOUND",
      `${missing} of the ${ids.length} selected ${input.orderIds ? "orders" : "shipments"} ${missing === 1 ? "was" : "were"} not found. Reload the list and select again.`,
    );
  const given = ids.map((id) => found.get(id)!);
  const ordered =
    input.sequence === "PACK"
      ? given
          .map((row, index) => ({ row, index }))
          .sort((a, b) => packedTime(a.row) - packedTime(b.row) || a.index - b.index)
          .map(({ row }) => row)
      : given;
  return ordered.map((row) => ({
    orderNumber: row.number,
    shipmentId: row.shipmentId,
    reason: row.shipmentId
      ? null
      : `Order ${row.number} has not been booked with a courier: there is no label to print.`,
  }));
}

const packedTime = (row: Found) => row.packedAt?.getTime() ?? Number.POSITIVE_INFINITY;

async function findOrders(viewer: Viewer, orderIds: string[]): Promise<Map<string, Found>> {
  const orders = await db.order.findMany({
    where: { id: { in: orderIds }, ...ordersVisibleTo(viewer) },
    select: {
      id: true,
      number: true,
      packedAt: true,
      shipments: {
        where: { direction: "FORWARD" },
        orderBy: { createdAt: "desc" },
        take: 1,
        select: { id: true },
      },
    },
  });
  return new Map(
    orders.map(({ shipments, ...o }) => [o.id, { ...o, shipmentId: shipments[0]?.id ?? null }]),
  );
}

async function findShipments(viewer: Viewer, shipmentIds: string[]): Promise<Map<string, Found>> {
  const shipments = await db.shipment.findMany({
    where: { id: { in: shipmentIds }, ...shipmentsVisibleTo(viewer) },
    select: { id: true, order: { select: { number: true, packedAt: true } } },
  });
  return new Map(shipments.map((s) => [s.id, { id: s.id, ...s.order, shipmentId: s.id }]));
}
