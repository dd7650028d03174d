import { courierAccountSelect, getCourierForAccount } from "@/lib/couriers/registry";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import type { CourierCode, ShipmentDirection } from "@/lib/generated/prisma/enums";
import type { OrderActor } from "@/lib/orders/transition-order";
import { buildShipmentRequest, loadParcelOrder, parcelOf } from "./build-shipment-request";
import { claimShipment, type ClaimedShipment } from "./claim-shipment";
import { placeBooking } from "./place-booking";
import { chooseCarrier } from "./rates/choose-carrier";
import { recordBooked, recordFailed } from "./record-booking";

export interface BookShipmentInput {
  orderId: string;
  direction?: ShipmentDirection;
  /** manual override: book with this courier account instead of the policy's choice */
  courierAccountId?: string | null;
  /** with courierAccountId: that account's service (e.g. Surface, Express), else its cheapest */
  serviceCode?: string | null;
  actor: OrderActor;
  /** the booking job running this, so that job's next run can take over a claim it left */
  jobId?: string;
}

export interface BookShipmentResult {
  shipmentId: string;
  /** BOOKED now; ALREADY_BOOKED earlier; IN_FLIGHT by another worker right now; FAILED with a reason */
  outcome: "BOOKED" | "ALREADY_BOOKED" | "IN_FLIGHT" | "FAILED";
  awb: string | null;
  courier: CourierCode | null;
  reason: string | null;
  retryable: boolean;
}

/**
 * Books an order's parcel with a courier, exactly once per order and direction: claims the
 * shipment row first (claim-shipment.ts), chooses the courier by the admin's policy unless one
 * is given, books (looking up a possibly-lost earlier booking first, place-booking.ts), then
 * records the AWB and ships the order, or records the failure with an incident.
 */
export async function bookShipment(input: BookShipmentInput): Promise<BookShipmentResult> {
  const direction = input.direction ?? "FORWARD";
  const claim = await claimShipment(input.orderId, direction, input.jobId);
  if (claim.kind === "existing") {
    const s = claim.shipment;
    return {
      shipmentId: s.id,
      outcome: claim.inFlight ? "IN_FLIGHT" : s.status === "FAILED" ? "FAILED" : "ALREADY_BOOKED",
      awb: s.awb,
      courier: (s.courierAccount?.courier as CourierCode | undefined) ?? null,
      reason: s.failureReason,
      retryable: false,
    };
  }
  const shipment = claim.shipment;
  let courierCode: CourierCode | null = null;
  try {
    const order = await loadParcelOrder(input.orderId);
    const { accountId, serviceCode } = await pickAccount(shipment, order, input);
    const account = await db.courierAccount.findUnique({
      where: { id: accountId },
      select: courierAccountSelect,
    });
    if (!account) throw new AppError("NOT_FOUND", "The chosen courier account no longer exists.");
    const courier = await getCourierForAccount(account);
    courierCode = courier.code;
    const request = await buildShipmentRequest({
      order,
      reference: `${order.number}-${direction === "FORWARD" ? "F" : "R"}${claim.attempt}`,
      direction,
      pickupPincode: account.pickupPincode,
      pickupLocationName: account.pickupLocationName,
      serviceCode,
    });
    // Any earlier attempt of this booking may have reached the courier: ask before booking.
    const booked = await placeBooking(courier, request, { lookupFirst: claim.previous !== null });
    const recorded = await recordBooked({
      shipmentId: shipment.id,
      claimedAttempts: shipment.attempts,
      orderId: input.orderId,
      direction,
      courier: courier.code,
      booked,
      actor: input.actor,
    });
    return {
      shipmentId: shipment.id,
      // Another run took this booking over meanwhile; it records the outcome.
      outcome: recorded === "superseded" ? "IN_FLIGHT" : "BOOKED",
      awb: booked.awb,
      courier: courier.code,
      reason: null,
      retryable: false,
    };
  } catch (error) {
    const failed = await recordFailed({
      shipmentId: shipment.id,
      claimedAttempts: shipment.attempts,
      orderId: input.orderId,
      error,
      firstFailure: claim.previous !== "FAILED",
    });
    return {
      shipmentId: shipment.id,
      outcome: "FAILED",
      awb: null,
      courier: courierCode,
      ...failed,
    };
  }
}

/** The account already chosen for this booking, the caller's override, or the policy's choice. */
async function pickAccount(
  shipment: ClaimedShipment,
  order: Awaited<ReturnType<typeof loadParcelOrder>>,
  input: BookShipmentInput,
): Promise<{ accountId: string; serviceCode: string | null }> {
  if (shipment.courierAccountId && !input.courierAccountId)
    return { accountId: shipment.courierAccountId, serviceCode: shipment.serviceName };
  const { parcel, invoiceValuePaise } = parcelOf(order);
  const choice = await chooseCarrier({
    dropPincode: order.pincode,
    weightGrams: parcel.weightGrams,
    cod: order.paymentMethod === "COD" && (input.direction ?? "FORWARD") === "FORWARD",
    declaredValuePaise: invoiceValuePaise,
    direction: input.direction,
    overrideAccountId: input.courierAccountId,
    overrideServiceCode: input.serviceCode,
  });
  if (!choice.chosen) throw new AppError("VALIDATION", choice.reason);
  await db.shipment.update({
    where: { id: shipment.id },
    data: {
      courierAccountId: choice.chosen.accountId,
      choiceReason: choice.reason,
      serviceName: choice.chosen.serviceCode ?? choice.chosen.serviceName,
      chargePaise: choice.chosen.chargePaise,
      weightGrams: parcel.weightGrams,
      lengthCm: parcel.lengthCm,
      breadthCm: parcel.breadthCm,
      heightCm: parcel.heightCm,
    },
    select: { id: true },
  });
  return {
    accountId: choice.chosen.accountId,
    serviceCode: choice.chosen.serviceCode ?? choice.chosen.serviceName,
  };
}
