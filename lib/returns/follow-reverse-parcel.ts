import type { Tx } from "@/lib/db";
import type { ReturnStatus, ShipmentStatus } from "@/lib/generated/prisma/enums";

// The return's steps in the order they happen: a status only moves a return that is earlier.
const STEPS: ReturnStatus[] = ["APPROVED", "PICKUP_BOOKED", "PICKED_UP", "IN_TRANSIT", "ARRIVED"];

const STEP_FOR: Partial<Record<ShipmentStatus, ReturnStatus>> = {
  BOOKED: "PICKUP_BOOKED",
  PICKUP_SCHEDULED: "PICKUP_BOOKED",
  PICKED_UP: "PICKED_UP",
  IN_TRANSIT: "IN_TRANSIT",
  OUT_FOR_DELIVERY: "IN_TRANSIT",
  DELIVERED: "ARRIVED",
};

/**
 * What a reverse parcel's new status means, inside the tracking transaction: the return it
 * collects follows it (picked up, on its way, arrived at the warehouse), forward only. The order
 * itself is not moved: it stays DELIVERED until receiving checks the goods and returns it.
 */
export async function followReverseParcel(
  tx: Tx,
  shipmentId: string,
  status: ShipmentStatus,
): Promise<void> {
  const to = STEP_FOR[status];
  if (!to) return;
  const earlier = STEPS.slice(0, STEPS.indexOf(to));
  await tx.returnRequest.updateMany({
    where: { shipment: { is: { id: shipmentId } }, status: { in: earlier } },
    data: { status: to },
  });
}
