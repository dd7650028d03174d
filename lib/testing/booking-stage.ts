import { db } from "@/lib/db";

// Staging races between bookings in integration tests: wait for a step the sandbox or the
// database shows, and age a booking's claim past its lease as if its booker had stopped.

/** Asks `check` every 20 ms until it holds, or fails after about 10 s naming `what`. */
export async function until(what: string, check: () => boolean | Promise<boolean>) {
  for (let i = 0; i < 500; i++) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`never happened: ${what}`);
}

/** Ages the order's shipments `minutes` into the past: their claims' leases (5 min) are over. */
export const expireBookingClaims = (orderId: string, minutes = 10) =>
  db.$executeRaw`UPDATE "Shipment" SET "updatedAt" = now() - make_interval(mins => ${minutes})
    WHERE "orderId" = ${orderId}`;
