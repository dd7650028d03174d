/**
 * Which pickup location a parcel leaves from: handovers are kept per courier account and
 * location. A parcel booked from a pickup location (Shipment.pickupLocationId) leaves from it;
 * one booked before Packline kept locations leaves from the address its courier account names
 * ("main").
 */
export interface ParcelLocation {
  key: string;
  name: string;
}

/** The legacy key: the one address a courier account named before pickup locations. */
export const ACCOUNT_LOCATION_KEY = "main";

/** What parcelLocation reads from a shipment; every query feeding it spreads this. */
export const parcelLocationSelect = {
  pickupLocation: { select: { id: true, name: true } },
} as const;

export function parcelLocation(shipment: {
  pickupLocation: { id: string; name: string } | null;
  courierAccount: { pickupLocationName: string | null } | null;
}): ParcelLocation {
  if (shipment.pickupLocation)
    return { key: shipment.pickupLocation.id, name: shipment.pickupLocation.name };
  return {
    key: ACCOUNT_LOCATION_KEY,
    name: shipment.courierAccount?.pickupLocationName ?? "Warehouse",
  };
}
