import { places } from "@/prisma/seed/people";

/**
 * The courier quotes of the store's lanes, fetched once before the load as a running
 * warehouse has them: Packline caches each lane's quotes for 6 hours and its rates-refresh job
 * refetches every lane used in the last week before they expire (lib/shipping/rates/
 * refresh-rates-job.ts). Without this the first minutes of the run measure a cold cache
 * behind Delhivery's charges limit (50 calls per 5 minutes, a booking waits up to 30 s for a
 * slot), which a warehouse meets once, not every day. The lanes: the sandbox store's delivery
 * pincodes × COD or not, for the bench's packed parcel (850 g), from the default pickup location.
 * Packline's own quoting code does it, with the stack's database and keys.
 */
export async function warmQuotes(env: NodeJS.ProcessEnv, parcelGrams: number): Promise<number> {
  for (const key of ["DATABASE_URL", "PACKLINE_ENCRYPTION_KEY", "NEXTAUTH_SECRET", "SANDBOX_URL"])
    process.env[key] = env[key];
  const { db } = await import("@/lib/db");
  const { getRateQuotes } = await import("@/lib/shipping/rates/get-rate-quotes");
  try {
    const pickup = await db.pickupLocation.findFirstOrThrow({
      where: { isDefault: true },
      select: { pincode: true },
    });
    const pincodes = [...new Set(places.map((p) => p.pincode))];
    for (const dropPincode of pincodes)
      for (const cod of [false, true])
        await getRateQuotes({
          pickupPincode: pickup.pincode,
          dropPincode,
          weightGrams: parcelGrams,
          cod,
          declaredValuePaise: 100_000,
        });
    return pincodes.length * 2;
  } finally {
    await db.$disconnect();
  }
}
