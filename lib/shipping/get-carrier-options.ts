import { db } from "@/lib/db";
import { choosePickupLocation } from "@/lib/dispatch/locations/choose-pickup-location";
import { loadParcelOrder, parcelOf } from "./build-shipment-request";
import { chooseCarrier } from "./rates/choose-carrier";
import { getRateQuotes } from "./rates/get-rate-quotes";

export interface CarrierOption {
  accountId: string;
  accountName: string;
  serviceCode: string | null;
  serviceName: string | null;
  chargePaise: number;
  promisedDays: number | null;
  recommended: boolean;
}

/**
 * The couriers that can take this order's parcel, from the rate cache (fetched on a miss), and
 * the one the admin's carrier policy picks with its reason, quoted from the pickup location the
 * order ships from (and why that one): what "Generate shipment" shows before ops confirm or
 * override.
 */
export async function getCarrierOptions(input: { orderId: string }) {
  const order = await loadParcelOrder(input.orderId);
  const { parcel, invoiceValuePaise } = parcelOf(order);
  const [pickup, locations] = await Promise.all([
    choosePickupLocation(order),
    db.pickupLocation.findMany({
      where: { active: true },
      orderBy: [{ isDefault: "desc" }, { name: "asc" }],
      select: { id: true, name: true, pincode: true },
    }),
  ]);
  const lane = {
    pickupPincode: pickup.location.pincode,
    dropPincode: order.pincode,
    weightGrams: parcel.weightGrams,
    cod: order.paymentMethod === "COD",
    declaredValuePaise: invoiceValuePaise,
  };
  // The choice reads the same cached quotes, so the list and the choice always agree.
  const choice = await chooseCarrier({ ...lane, riskScore: order.rtoRiskScore });
  const quotes = await getRateQuotes(lane);
  const options: CarrierOption[] = quotes
    .filter((q) => q.serviceable && q.chargePaise !== null && (!lane.cod || q.codAvailable))
    .map((q) => ({
      accountId: q.accountId,
      accountName: q.accountName,
      serviceCode: q.serviceCode,
      serviceName: q.serviceName,
      chargePaise: q.chargePaise ?? 0,
      promisedDays: q.promisedDays,
      recommended:
        choice.chosen?.accountId === q.accountId &&
        choice.chosen.serviceCode === q.serviceCode &&
        choice.chosen.serviceName === q.serviceName,
    }))
    .sort((a, b) => Number(b.recommended) - Number(a.recommended) || a.chargePaise - b.chargePaise);
  return {
    orderNumber: order.number,
    pickupLocation: { id: pickup.location.id, name: pickup.location.name, reason: pickup.reason },
    /** ops' choice on the order, null while the rules decide */
    pickupLocationChoice: order.pickupLocationId,
    pickupLocations: locations,
    dropPincode: order.pincode,
    weightGrams: parcel.weightGrams,
    cod: lane.cod,
    reason: choice.reason,
    options,
  };
}

export type CarrierOptions = Awaited<ReturnType<typeof getCarrierOptions>>;
