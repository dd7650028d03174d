import type { CourierCode } from "@/lib/generated/prisma/enums";
import type { CourierAdapterFactory } from "./registry-types";
import { createDelhiveryCourier } from "./delhivery";
import { createEkartCourier } from "./ekart";
import { createShiprocketCourier } from "./shiprocket";

/**
 * The adapter of each courier: one line per courier folder, e.g.
 * `SHIPROCKET: createShiprocketCourier` (imported from "./shiprocket"). The registry picks the
 * factory by CourierAccount.courier; a courier missing here answers "unsupported".
 */
export const adapterFactories: Partial<Record<CourierCode, CourierAdapterFactory>> = {
  SHIPROCKET: createShiprocketCourier,
  EKART: createEkartCourier,
  DELHIVERY: createDelhiveryCourier,
};
