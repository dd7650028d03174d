import { db } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors/app-error";
import { RTO_ASKABLE } from "./cancel-live-shipment";
import type { NdrActor } from "./claim-ndr-action";
import { requestNdrAction } from "./request-ndr-action";

/**
 * Ops' "Return to origin" for an order whose parcel the courier has already picked up, when
 * cancelling is too late: the courier is asked through its RTO call (the courier port's
 * ndrAction), and its answer, accepted or refused in its own words, is recorded on the shipment
 * (NdrAction, shown on the order page) and returned. The order stays SHIPPED: the courier's
 * tracking moves the parcel to RTO and, once it is back, the order to RETURNED.
 */
export async function requestRto(input: { orderId: string; remarks?: string; caller: NdrActor }) {
  const order = await db.order.findUnique({
    where: { id: input.orderId },
    select: {
      number: true,
      shipments: {
        where: { direction: "FORWARD", status: { in: RTO_ASKABLE }, awb: { not: null } },
        orderBy: { createdAt: "desc" },
        take: 1,
        select: { id: true },
      },
    },
  });
  if (!order) throw notFound("The order");
  const shipment = order.shipments[0];
  if (!shipment)
    throw new AppError(
      "CONFLICT",
      `Order ${order.number} has no parcel on its way to the customer, so there is nothing to return to origin.`,
    );
  return requestNdrAction({
    shipmentId: shipment.id,
    action: { kind: "RTO", remarks: input.remarks },
    caller: input.caller,
    afterPickup: true,
  });
}
