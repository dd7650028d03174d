import { db } from "@/lib/db";
import type { ShipmentStatus } from "@/lib/generated/prisma/enums";
import type { ClaimedNdrAction } from "./claim-ndr-action";
import type { NdrActionStatus } from "./ndr-rules";
import { readNdrPayload } from "./ndr-view";

/**
 * Writes the courier's answer onto the claimed action. An accepted action closes the order's
 * NDR flag (ops have acted; the dashboard's "NDR open" means "waiting for someone"), but only
 * while the shipment still sits in the same failed attempt: a newer NDR scan that came in
 * meanwhile keeps it open. The shipment's and the order's statuses are left to tracking.
 */
export async function recordNdrAnswer(
  claim: ClaimedNdrAction,
  answer: {
    status: Exclude<NdrActionStatus, "REQUESTED">;
    message: string | null;
    courierRef?: string | null;
  },
): Promise<void> {
  await db.$transaction(async (tx) => {
    const [shipment] = await tx.$queryRaw<{ status: ShipmentStatus; statusAt: Date | null }[]>`
      SELECT s.status, s."statusAt" FROM "Shipment" s
      JOIN "NdrAction" a ON a."shipmentId" = s.id WHERE a.id = ${claim.actionId}
      FOR UPDATE OF s`;
    const action = await tx.ndrAction.findUniqueOrThrow({
      where: { id: claim.actionId },
      select: { payload: true },
    });
    await tx.ndrAction.update({
      where: { id: claim.actionId },
      data: {
        status: answer.status,
        courierRef: answer.courierRef ?? null,
        payload: {
          ...readNdrPayload(action.payload),
          answer: answer.message?.slice(0, 500) ?? null,
        },
      },
      select: { id: true },
    });
    const sameAttempt =
      shipment?.status === "NDR" &&
      (shipment.statusAt?.getTime() ?? null) === (claim.statusAt?.getTime() ?? null);
    if (answer.status === "ACCEPTED" && sameAttempt)
      await tx.order.updateMany({
        where: { id: claim.orderId, ndrOpen: true },
        data: { ndrOpen: false },
      });
  });
}
