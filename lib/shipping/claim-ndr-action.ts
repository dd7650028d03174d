import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { AppError, notFound } from "@/lib/errors/app-error";
import type { NdrActionKind, ShipmentStatus } from "@/lib/generated/prisma/enums";
import { ABANDONED_MESSAGE, formatNdrTime, isInFlight, ndrActionBlock } from "./ndr-rules";
import { RTO_ASKABLE } from "./cancel-live-shipment";
import { readNdrPayload, type NdrPayload } from "./ndr-view";

export interface ClaimedNdrAction {
  actionId: string;
  awb: string;
  orderId: string;
  /** when the NDR scan happened: the episode the action belongs to */
  statusAt: Date | null;
}

/** Who asks: a signed-in user, or (id null) the buyer through their link, or an NDR rule. */
export interface NdrActor {
  id: string | null;
  name: string;
}

/**
 * Who may ask only once per failed attempt: the buyer's link and the rule job, unlike ops, may
 * not ask again after their first request was taken or while it is being sent.
 */
export function onceForAttemptBlock(
  by: string,
  statusAt: Date | null,
  actions: { status: string; payload: Prisma.JsonValue; createdAt: Date }[],
): string | null {
  const mine = actions.find(
    (a) =>
      a.status !== "FAILED" &&
      readNdrPayload(a.payload).by === by &&
      (!statusAt || a.createdAt.getTime() >= statusAt.getTime()),
  );
  return mine
    ? `Your answer for this failed delivery was already sent to the courier (${formatNdrTime(mine.createdAt)} IST); it cannot be changed from this link.`
    : null;
}

interface LockedShipment {
  id: string;
  orderId: string;
  awb: string | null;
  status: ShipmentStatus;
  statusAt: Date | null;
  courierAccountId: string | null;
}

/** The sentence for a shipment that is not waiting for an NDR decision. */
export function notInNdr(awb: string | null, status: ShipmentStatus): AppError {
  return new AppError(
    "CONFLICT",
    `Shipment ${awb ?? "without AWB"} is ${status.replaceAll("_", " ").toLowerCase()}, not in NDR: there is no failed delivery to act on.`,
    { details: { status } },
  );
}

/**
 * Records the action as REQUESTED before the courier is called, under the shipment's row lock:
 * of two concurrent clicks one inserts the row and the other finds it in flight and is refused,
 * so the courier is asked once. Sends abandoned by a dead process are closed as failed here.
 */
export async function claimNdrAction(input: {
  shipmentId: string;
  kind: NdrActionKind;
  payload: NdrPayload;
  caller: NdrActor;
  now: Date;
  /** refuse a second request by the same `payload.by` within one failed attempt */
  oncePerAttempt?: boolean;
  /** a return to origin asked after pickup, without a failed delivery (cancelling is too late) */
  afterPickup?: boolean;
}): Promise<ClaimedNdrAction> {
  return db.$transaction(async (tx) => {
    const [shipment] = await tx.$queryRaw<LockedShipment[]>`
      SELECT id, "orderId", awb, status, "statusAt", "courierAccountId"
      FROM "Shipment" WHERE id = ${input.shipmentId} FOR UPDATE`;
    if (!shipment) throw notFound("The shipment");
    if (!statusFits(shipment.status, input.afterPickup))
      throw input.afterPickup
        ? notInCourierHands(shipment.awb, shipment.status)
        : notInNdr(shipment.awb, shipment.status);
    if (!shipment.awb || !shipment.courierAccountId)
      throw new AppError("CONFLICT", "This shipment has no AWB with a courier to act on.");

    const actions = await tx.ndrAction.findMany({
      where: { shipmentId: shipment.id },
      select: { id: true, kind: true, status: true, payload: true, createdAt: true },
      orderBy: { createdAt: "desc" },
    });
    for (const stale of actions.filter(
      (a) => a.status === "REQUESTED" && !isInFlight(a, input.now),
    ))
      await tx.ndrAction.update({
        where: { id: stale.id },
        data: {
          status: "FAILED",
          payload: { ...(stale.payload as object), answer: ABANDONED_MESSAGE },
        },
        select: { id: true },
      });
    const live = actions.map((a) =>
      a.status === "REQUESTED" && !isInFlight(a, input.now) ? { ...a, status: "FAILED" } : a,
    );
    const block =
      (input.oncePerAttempt && onceForAttemptBlock(input.payload.by, shipment.statusAt, live)) ||
      ndrActionBlock(shipment, live, input.kind, input.now) ||
      (input.afterPickup && rtoAlreadyAsked(live, input.now));
    if (block) throw new AppError("CONFLICT", block);

    const row = await tx.ndrAction.create({
      data: {
        shipmentId: shipment.id,
        kind: input.kind,
        status: "REQUESTED",
        payload: { ...input.payload },
        requestedById: input.caller.id,
        createdAt: input.now,
      },
      select: { id: true },
    });
    return {
      actionId: row.id,
      awb: shipment.awb,
      orderId: shipment.orderId,
      statusAt: shipment.statusAt,
    };
  });
}

const statusFits = (status: ShipmentStatus, afterPickup?: boolean) =>
  afterPickup ? RTO_ASKABLE.includes(status) : status === "NDR";

/** The sentence for a parcel no longer (or not yet) on its way to the customer. */
function notInCourierHands(awb: string | null, status: ShipmentStatus): AppError {
  return new AppError(
    "CONFLICT",
    `Shipment ${awb ?? "without AWB"} is ${status.replaceAll("_", " ").toLowerCase()}: only a parcel the courier has picked up and not delivered can be returned to origin.`,
    { details: { status } },
  );
}

/** Outside NDR, a return to origin is asked once: while it is sent, or once the courier took it. */
function rtoAlreadyAsked(
  actions: { kind: NdrActionKind; status: string; createdAt: Date }[],
  now: Date,
): string | null {
  const rto = actions.find(
    (a) => a.kind === "RTO" && (a.status === "ACCEPTED" || isInFlight(a, now)),
  );
  if (!rto) return null;
  return rto.status === "ACCEPTED"
    ? `Return to origin was already accepted by the courier (${formatNdrTime(rto.createdAt)} IST): the parcel is on its way back.`
    : "Return to origin is being sent to the courier right now. Wait for its answer.";
}
