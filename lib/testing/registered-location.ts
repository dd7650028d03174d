import { db } from "@/lib/db";

// The warehouse tests and benches book from, recorded as registered with their courier accounts.
// Free of test-runner imports, so a bench run by tsx can use it as the integration tests do.

/** The test warehouse: the default pickup location (Bengaluru, as the Shiprocket lanes expect). */
export const TEST_WAREHOUSE = {
  name: "Packline Warehouse",
  contactName: "Packline Warehouse",
  contactPhone: "9876543210",
  contactEmail: "ops@packline.test",
  line1: "12 Industrial Layout",
  city: "Bengaluru",
  state: "Karnataka",
  pincode: "560001",
  openingHours: { MON: { open: "09:30", close: "18:30" } },
};

/**
 * A pickup location (the default unless one exists), recorded as registered with each given
 * courier account under its own name: what the admin's registration leaves behind.
 */
export async function createRegisteredLocation(
  accountIds: string[],
  over: Partial<typeof TEST_WAREHOUSE> & { gstin?: string | null } = {},
) {
  const first = (await db.pickupLocation.count()) === 0;
  const location = await db.pickupLocation.create({
    data: { ...TEST_WAREHOUSE, ...over, isDefault: first },
    select: { id: true, name: true },
  });
  await registerLocation(location, accountIds);
  return location;
}

/** Records a location as registered with each account under the location's own name. */
export async function registerLocation(location: { id: string; name: string }, ids: string[]) {
  await db.pickupLocationRegistration.createMany({
    data: ids.map((courierAccountId) => ({
      pickupLocationId: location.id,
      courierAccountId,
      status: "REGISTERED" as const,
      courierLocationName: location.name,
      answer: "Registered (test fixture).",
      answeredAt: new Date(),
    })),
  });
}
