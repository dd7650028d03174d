import { db } from "@/lib/db";

/** A booking run's claim: the shipment it claimed and the shipment's `attempts` when it did. */
export interface ClaimHolder {
  shipmentId: string;
  claimedAttempts: number;
}

/**
 * The shipment row as the run holding the claim sees it: every write that run makes is
 * conditional on it, so a run that another took over meanwhile writes nothing.
 */
export const heldClaim = (holder: ClaimHolder) =>
  ({ id: holder.shipmentId, status: "PENDING", attempts: holder.claimedAttempts }) as const;

/** Another run took the booking over: it owns the courier calls and the outcome now. */
export class ClaimTakenOver extends Error {
  constructor() {
    super("Another booking run took this booking over meanwhile.");
    this.name = "ClaimTakenOver";
  }
}

/**
 * Renews the claim's lease (the shipment's `updatedAt`) before a courier call, so a booker that
 * is still working, however slowly the courier answers, is rarely taken for one that died; a run
 * whose claim was taken over meanwhile stops here instead of calling the courier for a booking
 * that is no longer its own.
 */
export async function renewClaim(holder: ClaimHolder): Promise<void> {
  const { count } = await db.shipment.updateMany({
    where: heldClaim(holder),
    data: { updatedAt: new Date() },
  });
  if (count === 0) throw new ClaimTakenOver();
}
