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
import {
  recordChoice,
  refusedBeforeCall,
  type AttemptRow,
  type ParcelData,
} from "./booking-attempts";
import { ClaimTakenOver, heldClaim, type ClaimHolder } from "./held-claim";
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
  if (pick.kind === "stay")
    return {
      ...(await planFor(basis, pick.accountId, pick.serviceCode)),
      fallbacks: pick.fallbacks,
    };
  return planFirstTaker(basis, holder, pick);
}

/**
 * The first of the rule's accounts that can take the parcel before any courier is called (an
 * account the pickup location is not registered with cannot), recorded on the shipment with the
 * accounts passed over in the attempt log, conditionally on the held claim.
 */
async function planFirstTaker(
  basis: PlanBasis,
  holder: ClaimHolder,
  pick: Extract<Picked, { kind: "chosen" }>,
): Promise<BookingPlan> {
  const ranked = [pick.chosen, ...pick.fallbacks];
  const passed: AttemptRow[] = [];
  for (const [i, candidate] of ranked.entries()) {
    let plan: Omit<BookingPlan, "fallbacks">;
    try {
      plan = await planFor(basis, candidate.accountId, serviceOf(candidate));
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      passed.push(refusedBeforeCall(candidate, error.message));
      continue;
    }
    await recordChoice(holder, candidate, pick.reason, passed, pick.parcelData);
    return { ...plan, fallbacks: ranked.slice(i + 1) };
  }
  throw new AppError("VALIDATION", passed.map((p) => p.reason).join(" "));
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

type Picked =
  | { kind: "stay"; accountId: string; serviceCode: string | null; fallbacks: [] }
  | {
      kind: "chosen";
      chosen: CarrierCandidate;
      fallbacks: CarrierCandidate[];
      reason: string;
      parcelData: ParcelData;
    };

const serviceOf = (c: CarrierCandidate) => c.serviceCode ?? c.serviceName;

async function pickAccount(
  shipment: ClaimedShipment,
  order: ParcelOrder,
  input: PlanInput,
  pickupPincode: string,
): Promise<Picked> {
  // A retry stays with the shipment's courier, and only with it, where ops chose it by hand or
  // where it may hold the booking: that courier is asked first (place-booking.ts looks the
  // booking up), and a refusal after a call whose answer was lost proves nothing (a courier slow
  // to index answers "duplicate"; booking-failure.ts MayHoldBooking), so no other is tried.
  const manual = shipment.choiceReason?.startsWith(MANUAL_CHOICE) ?? false;
  if (shipment.courierAccountId && !input.courierAccountId && (input.stayWithCourier || manual))
    return {
      kind: "stay",
      accountId: shipment.courierAccountId,
      serviceCode: shipment.serviceName,
      fallbacks: [],
    };
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
  if (!choice.chosen) throw new AppError("VALIDATION", choice.reason);
  const parcelData = {
    weightGrams: parcel.weightGrams,
    lengthCm: parcel.lengthCm,
    breadthCm: parcel.breadthCm,
    heightCm: parcel.heightCm,
  };
  return {
    kind: "chosen",
    chosen: choice.chosen,
    fallbacks: choice.fallbacks,
    reason: choice.reason,
    parcelData,
  };
}
