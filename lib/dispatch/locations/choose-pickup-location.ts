import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { locationSelect, type PickupLocationAddress } from "./location-view";

export type PickupChoice = {
  location: PickupLocationAddress & { id: string };
  /** why this location: ops' choice, a rule, or the default */
  reason: string;
};

/**
 * Where an order ships from: ops' choice on the order page (while that location is active),
 * else the first rule whose prefix starts the destination pincode (rules to deactivated
 * locations are skipped), else the default. No location at all is a sentence for the admin.
 */
export async function choosePickupLocation(order: {
  pincode: string;
  pickupLocationId: string | null;
}): Promise<PickupChoice> {
  if (order.pickupLocationId) {
    const chosen = await db.pickupLocation.findFirst({
      where: { id: order.pickupLocationId, active: true },
      select: locationSelect,
    });
    if (chosen) return { location: chosen, reason: `Ops chose ${chosen.name}` };
  }
  const rules = await db.pickupRule.findMany({
    where: { pickupLocation: { active: true } },
    orderBy: [{ position: "asc" }, { createdAt: "asc" }],
    select: { pincodePrefix: true, pickupLocation: { select: locationSelect } },
  });
  const rule = rules.find((r) => order.pincode.startsWith(r.pincodePrefix));
  if (rule)
    return {
      location: rule.pickupLocation,
      reason: `Pincodes ${rule.pincodePrefix}… ship from ${rule.pickupLocation.name}`,
    };
  const fallback = await db.pickupLocation.findFirst({
    where: { isDefault: true },
    select: locationSelect,
  });
  if (!fallback)
    throw new AppError(
      "VALIDATION",
      "No pickup location is set up: add the warehouse on Admin → Pickup locations before booking.",
    );
  return { location: fallback, reason: `${fallback.name} is the default` };
}
