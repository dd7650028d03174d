/**
 * Which pickup location a parcel leaves from: handovers are kept per courier account and
 * location. Today the warehouse has one pickup address, named at each courier account; once
 * shipments carry their pickup location this is the one function that reads it instead.
 */
export interface ParcelLocation {
  key: string;
  name: string;
}

/** What parcelLocation reads from a shipment; every query feeding it selects this. */
export const parcelLocationSelect = {
  courierAccount: { select: { pickupLocationName: true } },
} as const;

export function parcelLocation(shipment: {
  courierAccount: { pickupLocationName: string | null } | null;
}): ParcelLocation {
  return { key: "main", name: shipment.courierAccount?.pickupLocationName ?? "Warehouse" };
}
