import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import type { Prisma } from "@/lib/generated/prisma/client";
import { expectedLines, type ExpectedLine } from "./expected-lines";
import { refuse } from "./returning-parcel";

export const parcelSelect = {
  id: true,
  awb: true,
  direction: true,
  status: true,
  courierAccount: { select: { courier: true, name: true } },
  receipt: { select: { createdAt: true } },
  order: {
    select: {
      id: true,
      number: true,
      status: true,
      customerName: true,
      paymentMethod: true,
      city: true,
    },
  },
} as const satisfies Prisma.ShipmentSelect;

export interface ReturningParcel {
  shipmentId: string;
  awb: string | null;
  direction: "FORWARD" | "REVERSE";
  status: string;
  courier: string | null;
  order: { id: string; number: string; customerName: string; paymentMethod: string; city: string };
  lines: ExpectedLine[];
}

/**
 * The parcel a receiver scanned (its AWB, or the order number from the packing slip's barcode)
 * with the lines expected back. Of an order's parcels, a return's REVERSE one comes first, then
 * the forward one (an RTO). Anything that is not coming back is refused with the reason.
 */
export async function findReturningParcel(input: { code: string }): Promise<ReturningParcel> {
  const code = input.code.trim();
  const candidates = await db.shipment.findMany({
    where: { OR: [{ awb: code }, { order: { number: code.toUpperCase() } }] },
    select: parcelSelect,
    orderBy: [{ direction: "desc" }, { createdAt: "desc" }],
  });
  const parcel = candidates.find((c) => c.awb === code) ?? candidates[0];
  if (!parcel)
    throw new AppError(
      "NOT_FOUND",
      `No parcel has the AWB or order number "${code.slice(0, 40)}". Check the label and scan again.`,
    );
  refuse(parcel);
  return {
    shipmentId: parcel.id,
    awb: parcel.awb,
    direction: parcel.direction,
    status: parcel.status,
    courier: parcel.courierAccount?.name ?? null,
    order: parcel.order,
    lines: await expectedLines(db, { orderId: parcel.order.id, shipmentId: parcel.id }),
  };
}
