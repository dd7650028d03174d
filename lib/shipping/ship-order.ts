import type { Caller } from "@/lib/auth/caller";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { actorFromCaller } from "@/lib/orders/actor-from-caller";
import { requireFulfilment } from "@/lib/orders/require-fulfilment";
import { assertOrderVisible } from "@/lib/warehouse/packer-visibility";
import { bookShipment, type BookShipmentResult } from "./book-shipment";
import { shipmentViewSelect, toShipmentView, type ShipmentView } from "./shipment-view";

export interface ShipOrderInput {
  orderId: string;
  /** manual override of the carrier policy (ops and admins only) */
  courierAccountId?: string | null;
  serviceCode?: string | null;
  caller: Caller;
  /** "retry anyway": ops checked the courier's panel, book under a new reference */
  freshReference?: boolean;
}

export type ShipOrderResult = ShipmentView & { outcome: "BOOKED" | "ALREADY_BOOKED" };

/**
 * "Generate shipment" from a screen: books the packed order now, while the person waits, through
 * the same idempotent booking the job uses (a retry of a failed booking reclaims its row). A
 * courier's refusal becomes an error carrying the courier's own reason; the order stays Packed.
 */
export async function shipOrder(input: ShipOrderInput): Promise<ShipOrderResult> {
  await requireFulfilment();
  await assertOrderVisible(input.caller, input.orderId);
  if (input.caller.role === "PACKER") await assertPackerMayBook(input);
  const result = await bookShipment({
    orderId: input.orderId,
    courierAccountId: input.courierAccountId,
    serviceCode: input.courierAccountId ? input.serviceCode : null,
    actor: actorFromCaller(input.caller),
    freshReference: input.freshReference,
  });
  if (result.outcome === "IN_FLIGHT")
    throw new AppError(
      "CONFLICT",
      "This order is being booked with the courier right now. Wait a few seconds and reload.",
      { details: { shipmentId: result.shipmentId } },
    );
  if (result.outcome === "FAILED") throw bookingFailed(result);
  if (result.outcome === "VOIDED")
    throw new AppError("CONFLICT", result.reason ?? "The booking could not be kept.", {
      details: { shipmentId: result.shipmentId },
    });
  const shipment = await db.shipment.findUniqueOrThrow({
    where: { id: result.shipmentId },
    select: shipmentViewSelect,
  });
  return { ...toShipmentView(shipment), outcome: result.outcome };
}

function bookingFailed(result: BookShipmentResult): AppError {
  const details = { shipmentId: result.shipmentId, failureKind: result.failureKind };
  // Not the address: the courier may hold this booking, and ops must look before booking again.
  if (result.failureKind === "OUTCOME_UNVERIFIABLE")
    return new AppError("CONFLICT", `Shipment generation stopped: ${result.reason}`, { details });
  const reason = (result.reason ?? "the courier gave no reason").replace(/[.\s]+$/, "");
  // A refusal of the parcel's data is the caller's to fix; an unreachable courier is not.
  return new AppError(
    result.retryable ? "UPSTREAM" : "VALIDATION",
    `Shipment generation failed: ${reason}. Please verify address and try again.`,
    { details: { ...details, reason, retryable: result.retryable } },
  );
}

/**
 * A packer may book the order they have just packed at their station, with the policy's
 * courier; choosing another courier and booking other people's orders stay with ops.
 */
async function assertPackerMayBook(input: ShipOrderInput): Promise<void> {
  if (input.courierAccountId)
    throw new AppError("FORBIDDEN", "Only ops can choose a different courier.");
  const packed = await db.orderStatusHistory.findFirst({
    where: { orderId: input.orderId, toStatus: "PACKED" },
    orderBy: { createdAt: "desc" },
    select: { actorId: true },
  });
  if (packed?.actorId !== input.caller.id)
    throw new AppError(
      "FORBIDDEN",
      "A packer can book only an order they packed. Ask ops to generate this shipment.",
    );
}
