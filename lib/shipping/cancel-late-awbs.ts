import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { cancelLateAwb, type LateAwbOutcome } from "./cancel-late-awb";

// A late AWB may still become its booking's own while the booking is open: the run that took
// over may record it, or the next attempt find it under the same reference. It is let go once
// the shipment has settled without it (booked with another AWB, cancelled, or failed on an order
// that no longer ships).
const settledWithout: Prisma.LateAwbWhereInput = {
  refusal: null,
  shipment: {
    OR: [
      { status: { notIn: ["PENDING", "FAILED"] } },
      { status: "FAILED", order: { status: { not: "PACKED" } } },
    ],
  },
};

/**
 * Cancels at their courier the late AWBs (LateAwb) whose booking has settled without them: of one
 * shipment, right after its booker recorded (book-shipment.ts), or any untouched since `before`
 * (the sweep). Each row is claimed with a write conditional on its `updatedAt` first, so the
 * booker, a run that lost its claim and the sweep never cancel one AWB twice; a row left after a
 * courier that could not be reached is claimed again by the sweep once `before` has passed it.
 * Returns each handled AWB's outcome.
 */
export async function cancelLateAwbs(
  scope: { shipmentId: string } | { before: Date; take: number },
): Promise<Map<string, LateAwbOutcome>> {
  const rows = await db.lateAwb.findMany({
    where: {
      ...settledWithout,
      ...("shipmentId" in scope
        ? { shipmentId: scope.shipmentId }
        : { updatedAt: { lt: scope.before } }),
    },
    orderBy: { updatedAt: "asc" },
    take: "take" in scope ? scope.take : undefined,
    select: {
      id: true,
      awb: true,
      why: true,
      courierAccountId: true,
      updatedAt: true,
      shipment: { select: { id: true, orderId: true, awb: true } },
    },
  });
  const outcomes = new Map<string, LateAwbOutcome>();
  for (const row of rows) {
    const { shipment } = row;
    // The shipment's own AWB after all (recorded by a path that did not drop the row).
    if (shipment.awb === row.awb) {
      await db.lateAwb.deleteMany({ where: { id: row.id } });
      continue;
    }
    const { count } = await db.lateAwb.updateMany({
      where: { id: row.id, updatedAt: row.updatedAt, refusal: null },
      data: { updatedAt: new Date() },
    });
    if (count === 0) continue; // another caller is cancelling it
    const held = shipment.awb ? `holds AWB ${shipment.awb}` : "holds no AWB";
    const outcome = await cancelLateAwb({
      shipmentId: shipment.id,
      orderId: shipment.orderId,
      courierAccountId: row.courierAccountId,
      awb: row.awb,
      why: `${row.why} (the shipment ${held})`,
      lateAwbId: row.id,
    });
    outcomes.set(row.awb, outcome);
  }
  return outcomes;
}
