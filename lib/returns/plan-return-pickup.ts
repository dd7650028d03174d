import type { Courier } from "@/lib/couriers/courier";
import { courierAccountSelect, getCourierForAccount } from "@/lib/couriers/registry";
import type { ShipmentRequest } from "@/lib/couriers/types";
import { db } from "@/lib/db";
import { choosePickupLocation } from "@/lib/dispatch/locations/choose-pickup-location";
import { registeredLocationName } from "@/lib/dispatch/locations/registered-location-name";
import { AppError } from "@/lib/errors/app-error";
import {
  buildShipmentRequest,
  loadParcelOrder,
  type ParcelOrder,
} from "@/lib/shipping/build-shipment-request";
import { ClaimTakenOver, heldClaim, type ClaimHolder } from "@/lib/shipping/held-claim";

/**
 * The reverse booking's courier and request: collected from the customer, delivered to the
 * warehouse the order ships from (the same choice as a forward booking, under the courier's
 * registered name for it), holding only the returned units (their weight, size and value),
 * never cash on pickup. The parcel's size and warehouse are kept on the shipment while the run
 * still holds its claim.
 */
export async function planReturnPickup(
  claim: ClaimHolder & {
    orderId: string;
    courierAccountId: string;
    reference: string;
    items: { orderItemId: string; quantity: number }[];
  },
): Promise<{ courier: Courier; request: ShipmentRequest }> {
  const [order, account] = await Promise.all([
    loadParcelOrder(claim.orderId),
    db.courierAccount.findUnique({
      where: { id: claim.courierAccountId },
      select: courierAccountSelect,
    }),
  ]);
  if (!account)
    throw new AppError(
      "NOT_FOUND",
      "The courier account that delivered the order no longer exists.",
    );
  const courier = await getCourierForAccount(account);
  const { location } = await choosePickupLocation(order);
  const request = buildShipmentRequest({
    order: onlyReturned(order, claim.items),
    reference: claim.reference,
    direction: "REVERSE",
    location,
    courierLocationName: await registeredLocationName({ location, account }),
    serviceCode: null,
  });
  const { count } = await db.shipment.updateMany({
    where: heldClaim(claim),
    data: {
      pickupLocationId: location.id,
      weightGrams: request.parcel.weightGrams,
      lengthCm: request.parcel.lengthCm,
      breadthCm: request.parcel.breadthCm,
      heightCm: request.parcel.heightCm,
    },
  });
  if (count === 0) throw new ClaimTakenOver();
  return { courier, request };
}

/** The order as the return parcel holds it: each returned line at its returned quantity. */
function onlyReturned(
  order: ParcelOrder,
  items: { orderItemId: string; quantity: number }[],
): ParcelOrder {
  const returned = new Map(items.map((i) => [i.orderItemId, i.quantity]));
  return {
    ...order,
    items: order.items.flatMap((i) => {
      const quantity = returned.get(i.id);
      return quantity ? [{ ...i, qtyOrdered: quantity, qtyShort: 0 }] : [];
    }),
  };
}
