import type { Role } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { findVisibleHandover, type HandoverHead } from "./handover-access";
import { parcelLocation, parcelLocationSelect } from "./parcel-location";
import { inOtherHandover, notAtDock, scanRefusal } from "./scan-refusal";
import { isUniqueViolation } from "./unique-violation";

export interface ScanResult {
  outcome: "SCANNED" | "ALREADY_SCANNED";
  awb: string;
  orderNumber: string;
  handoverId: string;
  /** parcels in the handover after this scan */
  count: number;
}

const WAITING = ["BOOKED", "PICKUP_SCHEDULED"] as const;

const parcelSelect = {
  id: true,
  awb: true,
  status: true,
  direction: true,
  courierAccountId: true,
  order: { select: { number: true, status: true } },
  courierAccount: { select: { name: true, pickupLocationName: true } },
  ...parcelLocationSelect,
  handoverParcel: {
    select: {
      handoverId: true,
      scannedAt: true,
      scannedByName: true,
      handover: {
        select: { status: true, closedAt: true, courierAccount: { select: { name: true } } },
      },
    },
  },
} as const;

async function findParcel(awb: string) {
  const byAwb = await db.shipment.findUnique({ where: { awb }, select: parcelSelect });
  if (byAwb) return byAwb;
  // a label printed before the courier re-issued the AWB still names the parcel
  const alias = await db.shipmentAwbAlias.findUnique({
    where: { awb },
    select: { shipment: { select: parcelSelect } },
  });
  return alias?.shipment ?? null;
}

type Parcel = NonNullable<Awaited<ReturnType<typeof findParcel>>>;

/** Why this parcel may not go into this handover, checked before and again under the locks. */
function refusal(parcel: Parcel, handover: HandoverHead, scanned: string) {
  const awb = parcel.awb ?? scanned;
  if (parcel.direction !== "FORWARD")
    return scanRefusal("NOT_READY", `AWB ${awb} is a return parcel: take it to receiving.`);
  if (parcel.handoverParcel && parcel.handoverParcel.handoverId !== handover.id)
    return inOtherHandover(awb, {
      ...parcel.handoverParcel,
      status: parcel.handoverParcel.handover.status,
      closedAt: parcel.handoverParcel.handover.closedAt,
      courierName: parcel.handoverParcel.handover.courierAccount.name,
    });
  if (parcel.order.status === "CANCELLED") return notAtDock(awb, "CANCELLED");
  if (!(WAITING as readonly string[]).includes(parcel.status)) return notAtDock(awb, parcel.status);
  if (parcel.courierAccountId !== handover.courierAccountId)
    return scanRefusal(
      "OTHER_COURIER",
      `AWB ${awb} goes with ${parcel.courierAccount?.name ?? "another courier"}, not ${handover.courierAccount.name}. Put it on that courier's pile.`,
    );
  if (parcel.handoverParcel) return null;
  if (parcelLocation(parcel).key !== handover.locationKey)
    return scanRefusal("OTHER_LOCATION", `AWB ${awb} leaves from ${parcelLocation(parcel).name}.`);
  return null;
}

/**
 * Scans a parcel's AWB into a handover. Idempotent: the same AWB scanned into the same handover
 * again answers ALREADY_SCANNED. Under the handover's and the shipment's row locks (a close or a
 * cancellation at the same moment waits, and is seen), and a shipment is in at most one handover
 * (unique shipmentId): of two tablets scanning one AWB into different handovers, one wins and
 * the other is told where the parcel went.
 */
export async function scanParcel(input: {
  handoverId: string;
  awb: string;
  user: { id: string; name: string; role: Role };
}): Promise<ScanResult> {
  const handover = await findVisibleHandover(input.handoverId, input.user);
  const awb = input.awb;
  const found = await findParcel(awb);
  if (!found)
    throw scanRefusal(
      "UNKNOWN_AWB",
      `No parcel has AWB ${awb}. Check the label; a parcel without a Packline booking cannot go on the truck.`,
    );
  const early = refusal(found, handover, awb);
  if (early) throw early;
  try {
    return await db.$transaction(async (tx) => {
      const [locked] = await tx.$queryRaw<{ status: string; closedAt: Date | null }[]>`
        SELECT status, "closedAt" FROM "Handover" WHERE id = ${handover.id} FOR UPDATE`;
      if (locked?.status !== "OPEN")
        throw scanRefusal(
          "HANDOVER_CLOSED",
          `The ${handover.courierAccount.name} handover was closed; open a new one to scan AWB ${awb}.`,
        );
      await tx.$queryRaw`SELECT id FROM "Shipment" WHERE id = ${found.id} FOR UPDATE`;
      const parcel = await tx.shipment.findUniqueOrThrow({
        where: { id: found.id },
        select: parcelSelect,
      });
      const late = refusal(parcel, handover, awb);
      if (late) throw late;
      if (!parcel.handoverParcel)
        await tx.handoverParcel.create({
          data: {
            handoverId: handover.id,
            shipmentId: parcel.id,
            scannedById: input.user.id,
            scannedByName: input.user.name,
          },
        });
      const count = await tx.handoverParcel.count({ where: { handoverId: handover.id } });
      return {
        outcome: parcel.handoverParcel ? "ALREADY_SCANNED" : "SCANNED",
        awb: parcel.awb ?? awb,
        orderNumber: parcel.order.number,
        handoverId: handover.id,
        count,
      } satisfies ScanResult;
    });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    // another tablet's scan of this parcel committed first: answer as if scanned after it
    return scanParcel(input);
  }
}
