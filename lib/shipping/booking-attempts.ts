import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { BookingAttemptOutcome } from "@/lib/generated/prisma/enums";
import { ClaimTakenOver, heldClaim, type ClaimHolder } from "./held-claim";
import { recordOf, type CarrierCandidate } from "./rates/select-carrier";

/** One courier a booking run tried, as the attempt log keeps it (BookingAttempt). */
export interface AttemptRow {
  courierAccountId: string;
  accountName: string;
  outcome: BookingAttemptOutcome;
  reason: string;
}

/** The attempt that issued the AWB. */
export const bookedAttempt = (courierAccountId: string, accountName: string, awb: string) =>
  ({ courierAccountId, accountName, outcome: "BOOKED", reason: `AWB ${awb}` }) as const;

/** Writes a run's attempts; only inside a transaction whose conditional write on the claim held. */
export async function writeAttempts(
  tx: Prisma.TransactionClient,
  holder: ClaimHolder,
  rows: AttemptRow[],
): Promise<void> {
  if (rows.length === 0) return;
  await tx.bookingAttempt.createMany({
    data: rows.map((r) => ({
      shipmentId: holder.shipmentId,
      courierAccountId: r.courierAccountId,
      run: holder.claimedAttempts,
      outcome: r.outcome,
      reason: r.reason.slice(0, 1000),
    })),
  });
}

/** The parcel's choice as the shipment row records it (serviceName, charge, reason). */
const choiceData = (chosen: CarrierCandidate, reason: string) => ({
  courierAccountId: chosen.accountId,
  choiceReason: reason.slice(0, 2000),
  serviceName: chosen.serviceCode ?? chosen.serviceName,
  chargePaise: chosen.chargePaise,
});

/** An account passed over before any call: it cannot take the parcel (no registered location). */
export const refusedBeforeCall = (candidate: CarrierCandidate, reason: string): AttemptRow => ({
  courierAccountId: candidate.accountId,
  accountName: candidate.accountName,
  outcome: "REFUSED",
  reason,
});

/** The parcel as packed, recorded with the first choice of courier. */
export interface ParcelData {
  weightGrams: number;
  lengthCm: number;
  breadthCm: number;
  heightCm: number;
}

/**
 * Points the held booking at `chosen`, with the attempts of the accounts passed over or refused
 * before it, in one transaction and only while this run holds the claim, so a run that died or
 * was taken over mid-fallback leaves the shipment naming the courier it was calling (the next run
 * looks the booking up there).
 */
export async function recordChoice(
  holder: ClaimHolder,
  chosen: CarrierCandidate,
  reason: string,
  passed: AttemptRow[],
  parcel?: ParcelData,
): Promise<void> {
  const why = passed.length ? `${fellBack(chosen, passed)} ${reason}` : reason;
  await db.$transaction(async (tx) => {
    const { count } = await tx.shipment.updateMany({
      where: heldClaim(holder),
      data: { ...choiceData(chosen, why), ...parcel, updatedAt: new Date() },
    });
    if (count === 0) throw new ClaimTakenOver();
    await writeAttempts(tx, holder, passed);
  });
}

/** Points the held booking at the next courier after the ones in `refused` booked nothing. */
export const switchCourier = (holder: ClaimHolder, refused: AttemptRow[], next: CarrierCandidate) =>
  recordChoice(holder, next, `${next.accountName}: ${recordOf(next)}.`, refused);

const fellBack = (next: CarrierCandidate, refused: AttemptRow[]) =>
  `Fell back to ${next.accountName} after ${refused.map((r) => r.accountName).join(" and ")} refused the booking.`;

/** A shipment's attempt log for the order page, oldest first. */
export const bookingAttemptsSelect = {
  bookingAttempts: {
    orderBy: { at: "asc" },
    take: 50,
    select: {
      id: true,
      run: true,
      outcome: true,
      reason: true,
      at: true,
      courierAccount: { select: { name: true, courier: true } },
    },
  },
} as const satisfies Prisma.ShipmentSelect;

type AttemptRecord = Prisma.BookingAttemptGetPayload<{
  select: (typeof bookingAttemptsSelect)["bookingAttempts"]["select"];
}>;

/** One attempt as the order page lists it. */
export const toAttemptView = (a: AttemptRecord) => ({
  id: a.id,
  run: a.run,
  outcome: a.outcome,
  reason: a.reason,
  at: a.at.toISOString(),
  accountName: a.courierAccount.name,
});
