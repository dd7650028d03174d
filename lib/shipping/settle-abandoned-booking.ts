import { getCourierForAccount } from "@/lib/couriers/registry";
import type { BookedShipment } from "@/lib/couriers/types";
import { db } from "@/lib/db";
import type { OrderStatus } from "@/lib/generated/prisma/enums";
import { createIncident } from "@/lib/incidents/create-incident";
import { log } from "@/lib/observability/logger";
import { checkPanelSentence, isUnsettledFailure } from "./booking-failure";
import { whyUnwanted } from "./booking-result";
import { cancelLateAwb } from "./cancel-late-awb";
import { leaseHeld, shipmentReference } from "./claim-shipment";
import { heldClaim } from "./held-claim";
import { recordBooked } from "./record-booking";

export interface BookingStop {
  /** the AWB cancelled at the courier */
  cancelledAwb: string | null;
  /** what became of the booking, for the person cancelling; null when there is nothing to tell */
  note: string | null;
}

const nothing: BookingStop = { cancelledAwb: null, note: null };

interface TakenOver {
  shipmentId: string;
  orderId: string;
  orderNumber: string;
  orderStatus: OrderStatus;
  attempts: number;
  courierAccountId: string | null;
  reference: string;
}

/**
 * Settles the forward booking of an order that no longer ships when it may have reached the
 * courier without Packline learning its AWB: a claim whose booker stopped (its lease ran out), or
 * a failure whose answer was lost. It takes the claim over (so a booker still alive records
 * nothing), then asks the courier by reference where it can: a booking found is recorded and
 * cancelled at the courier, none found closes the shipment. A courier that cannot be asked leaves
 * it to ops, once: an incident names the reference to look for in its panel, and the shipment is
 * marked LEFT_TO_OPS so that neither the sweep nor a cancellation asks again.
 */
export async function settleAbandonedBooking(shipmentId: string): Promise<BookingStop> {
  const taken = await takeOver(shipmentId);
  if (!taken) return nothing;
  if (!taken.courierAccountId) return closeUnbooked(taken); // it never reached a courier
  const courier = await getCourierForAccount(taken.courierAccountId);
  if (!courier.capabilities.trackByReference) return askOps(taken, courier.code);
  let found: BookedShipment | null;
  try {
    found = await courier.findShipmentByReference(taken.reference);
  } catch (error) {
    // The claim stays taken: the sweep (settle-abandoned-bookings-job.ts) asks again after its lease.
    log.warn("could not look an abandoned booking up", { shipmentId, error });
    return {
      cancelledAwb: null,
      note: `${courier.code} could not say whether the unfinished booking (order number ${taken.reference}) went through: ${(error as Error).message}. Packline asks again within a few minutes and cancels it there if it did.`,
    };
  }
  if (!found) return closeUnbooked(taken);
  const recorded = await recordBooked({
    shipmentId,
    claimedAttempts: taken.attempts,
    orderId: taken.orderId,
    direction: "FORWARD",
    courier: courier.code,
    courierAccountId: taken.courierAccountId,
    booked: found,
    actor: { label: "system:booking" },
  });
  if (recorded.outcome !== "unwanted") return nothing;
  const late = await cancelLateAwb({
    shipmentId,
    orderId: taken.orderId,
    courierAccountId: taken.courierAccountId,
    awb: found.awb,
    why: `${whyUnwanted(recorded, courier.code)}, by a booking that stopped before recording it`,
  });
  return { cancelledAwb: late.cancelled ? found.awb : null, note: late.sentence };
}

async function takeOver(shipmentId: string): Promise<TakenOver | null> {
  return db.$transaction(async (tx) => {
    // The order row first, as claims and records lock it: nobody books or records meanwhile.
    const [order] = await tx.$queryRaw<{ id: string; number: string; status: OrderStatus }[]>`
      SELECT o.id, o.number, o.status FROM "Order" o JOIN "Shipment" s ON s."orderId" = o.id
      WHERE s.id = ${shipmentId} FOR UPDATE OF o`;
    // A packed order still waits for this booking: settling it is its booker's business.
    if (!order || order.status === "PACKED") return null;
    const s = await tx.shipment.findUniqueOrThrow({
      where: { id: shipmentId },
      select: {
        status: true,
        attempts: true,
        updatedAt: true,
        failureKind: true,
        courierAccountId: true,
        bookingReference: true,
        idempotencyKey: true,
        direction: true,
      },
    });
    const abandoned = s.status === "PENDING" && !leaseHeld(s.updatedAt);
    const uncertain = s.status === "FAILED" && isUnsettledFailure(s.failureKind);
    if (s.direction !== "FORWARD" || !(abandoned || uncertain)) return null;
    await tx.shipment.update({
      where: { id: shipmentId },
      data: { status: "PENDING", attempts: s.attempts + 1, bookingJobId: null },
      select: { id: true },
    });
    return {
      shipmentId,
      orderId: order.id,
      orderNumber: order.number,
      orderStatus: order.status,
      attempts: s.attempts + 1,
      courierAccountId: s.courierAccountId,
      reference: shipmentReference(order.number, s),
    };
  });
}

const heldBy = (t: TakenOver) =>
  heldClaim({ shipmentId: t.shipmentId, claimedAttempts: t.attempts });

async function closeUnbooked(taken: TakenOver): Promise<BookingStop> {
  await db.shipment.updateMany({
    where: heldBy(taken),
    data: { status: "CANCELLED", failureReason: null, failureKind: null },
  });
  return nothing;
}

async function askOps(taken: TakenOver, courier: string): Promise<BookingStop> {
  const stopped =
    taken.orderStatus === "CANCELLED"
      ? "was cancelled"
      : `stopped waiting for its parcel (it is ${taken.orderStatus.toLowerCase()})`;
  const sentence = `Order ${taken.orderNumber} ${stopped} while its booking with ${courier} was unfinished. ${checkPanelSentence(courier, taken.reference, "If it is there, cancel it in the panel.")}`;
  await db.$transaction(async (tx) => {
    const { count } = await tx.shipment.updateMany({
      where: heldBy(taken),
      data: { status: "FAILED", failureKind: "LEFT_TO_OPS", failureReason: sentence },
    });
    if (count === 0) return;
    await createIncident(
      {
        category: "DELIVERY",
        severity: "HIGH",
        stage: "shipment-booking",
        title: sentence,
        orderId: taken.orderId,
        context: { shipmentId: taken.shipmentId, reference: taken.reference },
      },
      tx,
    );
  });
  return { cancelledAwb: null, note: sentence };
}
