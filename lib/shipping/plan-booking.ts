import type { Courier } from "@/lib/couriers/courier";
import { courierAccountSelect, getCourierForAccount } from "@/lib/couriers/registry";
import type { ShipmentRequest } from "@/lib/couriers/types";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import type { ShipmentDirection } from "@/lib/generated/prisma/enums";
import {
  choosePickupLocation,
  type PickupChoice,
} from "@/lib/dispatch/locations/choose-pickup-location";
import { registeredLocationName } from "@/lib/dispatch/locations/registered-location-name";
import {
  buildShipmentRequest,
  loadParcelOrder,
  parcelOf,
  type ParcelOrder,
} from "./build-shipment-request";
import type { ClaimedShipment } from "./claim-shipment";
import { ClaimTakenOver, heldClaim } from "./held-claim";
import { chooseCarrier } from "./rates/choose-carrier";
import { MANUAL_CHOICE, type CarrierCandidate } from "./rates/select-carrier";

export interface PlanInput {
  orderId: string;
  direction: ShipmentDirection;
  /** manual override: book with this courier account instead of the policy's choice */
  courierAccountId?: string | null;
  serviceCode?: string | null;
  /** an earlier attempt may hold a booking at the shipment's courier: stay with that courier */
  stayWithCourier?: boolean;
}

/** What every account's request is built from: the same order, warehouse and reference. */
export interface PlanBasis {
  order: ParcelOrder;
  location: PickupChoice["location"];
  reference: string;
  direction: ShipmentDirection;
}

export interface BookingPlan {
  courier: Courier;
  courierAccountId: string;
  accountName: string;
  request: ShipmentRequest;
  /** the accounts to try, in order, if this one refuses outright (place-with-fallback.ts) */
  fallbacks: CarrierCandidate[];
  basis: PlanBasis;
}

/**
 * The plan step: the pickup location (ops' choice, a pincode rule or the default), the courier
 * (the one already chosen for a booking it may hold, the caller's override, or the carrier
 * rules' choice on rates from the location's pincode, with the accounts to fall back on) and
 * the request built from the order, the location's address under the courier's registered name
 * for it, and the parcel. No courier is asked to book here, and no lock is held; a location the
 * courier has not registered is refused.
 */
export async function planBooking(
  shipment: ClaimedShipment,
  reference: string,
  input: PlanInput,
): Promise<BookingPlan> {
  const order = await loadParcelOrder(input.orderId);
  const { location } = await choosePickupLocation(order);
  const holder = { shipmentId: shipment.id, claimedAttempts: shipment.attempts };
  const { count } = await db.shipment.updateMany({
    where: heldClaim(holder),
    data: { pickupLocationId: location.id },
  });
  if (count === 0) throw new ClaimTakenOver();
  const basis = { order, location, reference, direction: input.direction };
  const pick = await pickAccount(shipment, order, input, location.pincode);
  return { ...(await planFor(basis, pick.accountId, pick.serviceCode)), fallbacks: pick.fallbacks };
}

/** The courier and request for one account; a fallback plans its next account with this. */
export async function planFor(
  basis: PlanBasis,
  accountId: string,
  serviceCode: string | null,
): Promise<Omit<BookingPlan, "fallbacks">> {
  const account = await db.courierAccount.findUnique({
    where: { id: accountId },
    select: courierAccountSelect,
  });
  if (!account) throw new AppError("NOT_FOUND", "The chosen courier account no longer exists.");
  const courier = await getCourierForAccount(account);
  const courierLocationName = await registeredLocationName({ location: basis.location, account });
  const request = buildShipmentRequest({ ...basis, courierLocationName, serviceCode });
  return { courier, courierAccountId: account.id, accountName: account.name, request, basis };
}

/** The parcel's choice as the shipment row records it (serviceName, charge, reason). */
export const choiceData = (chosen: CarrierCandidate, reason: string) => ({
  courierAccountId: chosen.accountId,
  choiceReason: reason.slice(0, 2000),
  serviceName: chosen.serviceCode ?? chosen.serviceName,
  chargePaise: chosen.chargePaise,
});

async function pickAccount(
  shipment: ClaimedShipment,
  order: ParcelOrder,
  input: PlanInput,
  pickupPincode: string,
): Promise<{ accountId: string; serviceCode: string | null; fallbacks: CarrierCandidate[] }> {
  // A retry stays with the shipment's courier where ops chose it by hand (no fallback), or where
  // it may hold the booking: that courier is asked first (place-booking.ts looks the booking up)
  // and the rule's other accounts follow only if it then refuses outright, having found nothing.
  const manual = shipment.choiceReason?.startsWith(MANUAL_CHOICE) ?? false;
  const stay =
    shipment.courierAccountId && !input.courierAccountId && (input.stayWithCourier || manual)
      ? { accountId: shipment.courierAccountId, serviceCode: shipment.serviceName }
      : null;
  if (stay && manual) return { ...stay, fallbacks: [] };
  const { parcel, invoiceValuePaise } = parcelOf(order);
  const choice = await chooseCarrier({
    pickupPincode,
    dropPincode: order.pincode,
    weightGrams: parcel.weightGrams,
    cod: order.paymentMethod === "COD" && input.direction === "FORWARD",
    declaredValuePaise: invoiceValuePaise,
    direction: input.direction,
    overrideAccountId: input.courierAccountId,
    overrideServiceCode: input.serviceCode,
    riskScore: order.rtoRiskScore,
  });
  if (stay) {
    const ranked = [choice.chosen, ...choice.fallbacks].flatMap((c) => (c ? [c] : []));
    return { ...stay, fallbacks: ranked.filter((c) => c.accountId !== stay.accountId) };
  }
  if (!choice.chosen) throw new AppError("VALIDATION", choice.reason);
  // Only while this run holds the claim: a run taken over must not re-point another's booking.
  const { count } = await db.shipment.updateMany({
    where: heldClaim({ shipmentId: shipment.id, claimedAttempts: shipment.attempts }),
    data: {
      ...choiceData(choice.chosen, choice.reason),
      weightGrams: parcel.weightGrams,
      lengthCm: parcel.lengthCm,
      breadthCm: parcel.breadthCm,
      heightCm: parcel.heightCm,
    },
  });
  if (count === 0) throw new ClaimTakenOver();
  return {
    accountId: choice.chosen.accountId,
    serviceCode: choice.chosen.serviceCode ?? choice.chosen.serviceName,
    fallbacks: choice.fallbacks,
  };
}
