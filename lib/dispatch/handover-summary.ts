import type { HandoverStatus, PickupRequestStatus } from "@/lib/generated/prisma/enums";

/** A handover as the dock screen shows it. */
export interface HandoverSummary {
  id: string;
  status: HandoverStatus;
  parcels: number;
  openedAt: string;
  closedAt: string | null;
  closedByName: string | null;
  manifestId: string | null;
  manifestUrl: string | null;
  hasCourierManifestPdf: boolean;
  manifestError: string | null;
  hasManifestPdf: boolean;
  pickupStatus: PickupRequestStatus | null;
  pickupDate: string | null;
  pickupSlot: string | null;
  pickupScheduledFor: string | null;
  pickupToken: string | null;
  pickupError: string | null;
}

export const handoverSummarySelect = {
  id: true,
  status: true,
  courierAccountId: true,
  locationKey: true,
  openedAt: true,
  closedAt: true,
  closedByName: true,
  manifestId: true,
  manifestUrl: true,
  manifestError: true,
  pickupStatus: true,
  pickupDate: true,
  pickupSlot: true,
  pickupScheduledFor: true,
  pickupToken: true,
  pickupError: true,
  _count: { select: { parcels: true } },
} as const;

export interface HandoverSummaryRow {
  id: string;
  status: HandoverStatus;
  openedAt: Date;
  closedAt: Date | null;
  closedByName: string | null;
  manifestId: string | null;
  manifestUrl: string | null;
  manifestError: string | null;
  pickupStatus: PickupRequestStatus | null;
  pickupDate: string | null;
  pickupSlot: string | null;
  pickupScheduledFor: Date | null;
  pickupToken: string | null;
  pickupError: string | null;
  _count: { parcels: number };
}

/** `courierPdf`: whether the courier answered its manifest with a PDF Packline keeps. */
export function toHandoverSummary(row: HandoverSummaryRow, courierPdf: boolean): HandoverSummary {
  const { _count, openedAt, closedAt, pickupScheduledFor, ...rest } = row;
  return {
    ...rest,
    parcels: _count.parcels,
    openedAt: openedAt.toISOString(),
    closedAt: closedAt?.toISOString() ?? null,
    pickupScheduledFor: pickupScheduledFor?.toISOString() ?? null,
    hasCourierManifestPdf: courierPdf,
    // Packline's sheet is written in the same update that closes the handover
    hasManifestPdf: row.status === "CLOSED",
  };
}
