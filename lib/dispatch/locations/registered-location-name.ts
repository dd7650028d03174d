import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";

/**
 * The courier's own name for a location (Shiprocket's pickup nickname, Delhivery's warehouse
 * name, Ekart's alias), which a booking from it must carry. A location the courier has not
 * accepted is refused here, before any courier is called: the courier would collect from
 * wherever the name points, or refuse the booking after the parcel is packed.
 */
export async function registeredLocationName(options: {
  location: { id: string; name: string };
  account: { id: string; name: string };
}): Promise<string> {
  const { location, account } = options;
  const registration = await db.pickupLocationRegistration.findUnique({
    where: {
      pickupLocationId_courierAccountId: {
        pickupLocationId: location.id,
        courierAccountId: account.id,
      },
    },
    select: { status: true, courierLocationName: true, answer: true },
  });
  if (registration?.status === "REGISTERED") return registration.courierLocationName;
  const standing = !registration
    ? "was never registered with it"
    : registration.status === "PENDING"
      ? "is still waiting for its registration to be answered"
      : `was refused by it${registration.answer ? ` (${registration.answer})` : ""}`;
  throw new AppError(
    "VALIDATION",
    `Cannot book with ${account.name} from ${location.name}: the location ${standing}. Register it on Admin → Pickup locations, or ship from another location.`,
  );
}
