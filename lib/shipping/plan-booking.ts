import type { Courier } from "@/lib/couriers/courier";
import { courierAccountSelect, getCourierForAccount } from "@/lib/couriers/registry";
import type { ShipmentRequest } from "@/lib/couriers/types";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import type { ShipmentDirection } from "@/lib/generated/prisma/enums";
import { choosePickupLocation } from "@/lib/dispatch/locations/choose-pickup-location";
import { registeredLocationName } from "@/lib/dispatch/locations/registered-location-name";
import { buildShipmentRequest, loadParcelOrder, parcelOf } from "./build-shipment-request";
import type { ClaimedShipment } from "./claim-shipment";
import { ClaimTakenOver, heldClaim } from "./held-claim";
import { chooseCarrier } from "./rates/choose-carrier";

export interface PlanInput {
  orderId: string;
  direction: ShipmentDirection;
  /** manual override: book with this courier account instead of the policy's choice */
  courierAccountId?: string | null;
  serviceCode?: string | null;
}

export interface BookingPlan {
  courier: Courier;
  courierAccountId: string;
  request: ShipmentRequest;
}

/**
 * The plan step: the pickup location (ops' choice, a pincode rule or the default), the courier
 * (the one already chosen for this booking, the caller's override, or the carrier policy's
 * choice on rates from the location's pincode) and the request built from the order, the
 * location's address under the courier's registered name for it, and the parcel. No courier is
 * asked to book here, and no lock is held; a location the courier has not registered is refused.
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
  const { accountId, serviceCode } = await pickAccount(shipment, order, input, location.pincode);
  const account = await db.courierAccount.findUnique({
    where: { id: accountId },
    select: courierAccountSelect,
  });
  if (!account) throw new AppError("NOT_FOUND", "The chosen courier account no longer exists.");
  const courier = await getCourierForAccount(account);
  const courierLocationName = await registeredLocationName({ location, account });
  const request = buildShipmentRequest({
    order,
    reference,
    direction: input.direction,
    location,
    courierLocationName,
    serviceCode,
  });
  return { courier, courierAccountId: account.id, request };
}

async function pickAccount(
  shipment: ClaimedShipment,
  order: Awaited<ReturnType<typeof loadParcelOrder>>,
  input: PlanInput,
  pickupPincode: string,
): Promise<{ accountId: string; serviceCode: string | null }> {
  if (shipment.courierAccountId && !input.courierAccountId)
    return { accountId: shipment.courierAccountId, serviceCode: shipment.serviceName };
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
  });
  if (!choice.chosen) throw new AppError("VALIDATION", choice.reason);
  // Only while this run holds the claim: a run taken over must not re-point another's booking.
  const { count } = await db.shipment.updateMany({
    where: heldClaim({ shipmentId: shipment.id, claimedAttempts: shipment.attempts }),
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
  });
  if (count === 0) throw new ClaimTakenOver();
  return {
    accountId: choice.chosen.accountId,
    serviceCode: choice.chosen.serviceCode ?? choice.chosen.serviceName,
  };
}
