import { db } from "@/lib/db";
import type { CourierCode } from "@/lib/generated/prisma/enums";

export interface ManifestParcel {
  shipmentId: string;
  awb: string;
  orderNumber: string;
  weightGrams: number | null;
  /** what the courier collects at the door; 0 for prepaid */
  codPaise: number;
  scannedAt: Date;
}

export interface HandoverForManifest {
  id: string;
  status: "OPEN" | "CLOSING" | "CLOSED";
  courierAccountId: string;
  courier: CourierCode;
  courierAccountName: string;
  /** a pickup location's id, or "main" (parcel-location.ts) */
  locationKey: string;
  locationName: string;
  closedAt: Date | null;
  closedByName: string | null;
  manifestRecordedAt: Date | null;
  manifestId: string | null;
  pickupStatus: "REQUESTED" | "SCHEDULED" | "FAILED" | null;
  pickupDate: string | null;
  pickupSlot: string | null;
  pickupRequestedAt: Date | null;
  parcels: ManifestParcel[];
}

/** A handover with its parcels in scan order: what the worker's manifest and pickup steps need. */
export async function loadHandoverForManifest(
  handoverId: string,
): Promise<HandoverForManifest | null> {
  const row = await db.handover.findUnique({
    where: { id: handoverId },
    select: {
      id: true,
      status: true,
      courierAccountId: true,
      locationKey: true,
      locationName: true,
      closedAt: true,
      closedByName: true,
      manifestRecordedAt: true,
      manifestId: true,
      pickupStatus: true,
      pickupDate: true,
      pickupSlot: true,
      pickupRequestedAt: true,
      courierAccount: { select: { name: true, courier: true } },
      parcels: {
        orderBy: [{ scannedAt: "asc" }, { id: "asc" }],
        select: {
          scannedAt: true,
          shipment: {
            select: {
              id: true,
              awb: true,
              weightGrams: true,
              order: { select: { number: true, paymentMethod: true, codAmountPaise: true } },
            },
          },
        },
      },
    },
  });
  if (!row) return null;
  const { courierAccount, parcels, ...head } = row;
  return {
    ...head,
    courier: courierAccount.courier,
    courierAccountName: courierAccount.name,
    parcels: parcels.map(({ scannedAt, shipment }) => ({
      shipmentId: shipment.id,
      awb: shipment.awb ?? "",
      orderNumber: shipment.order.number,
      weightGrams: shipment.weightGrams,
      // as the booking told the courier (build-shipment-request.ts)
      codPaise: shipment.order.paymentMethod === "COD" ? shipment.order.codAmountPaise : 0,
      scannedAt,
    })),
  };
}
