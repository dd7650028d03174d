import type { TrackingScan } from "@/lib/couriers/types";
import type { Tx } from "@/lib/db";
import type { CourierCode } from "@/lib/generated/prisma/enums";

/** courier + AWB + raw status + time: the same scan from a webhook and from a poll is one row. */
export function trackingDedupeKey(courier: CourierCode, awb: string, scan: TrackingScan): string {
  return `${courier}:${awb}:${scan.rawStatus.trim().toUpperCase()}:${scan.occurredAt.toISOString()}`;
}

export interface StoreTrackingScansInput {
  courier: CourierCode;
  /** the AWB the courier reported the scans under (an old one after a re-creation) */
  awb: string;
  shipmentId: string;
  scans: readonly TrackingScan[];
  source: string;
  /** the AWB was replaced by a re-creation at this time: later scans under it are OLD_AWB_SCAN */
  awbReplacedAt?: Date | null;
}

/**
 * Stores a message's scans as the shipment's history, each once, and returns the ones stored
 * now (the rest were already known). A scan under an AWB the courier had already replaced, from
 * after the replacement, is kept apart (OLD_AWB_SCAN): it is about a tracking id that no longer
 * carries the parcel, often its cancellation, and must not read as the parcel's latest news. A scan without a readable time is dropped: a made-up time
 * would put it out of order and store it again on every repeat.
 */
export async function storeTrackingScans(
  tx: Tx,
  input: StoreTrackingScansInput,
): Promise<TrackingScan[]> {
  const byKey = new Map<string, TrackingScan>();
  for (const s of input.scans)
    if (!Number.isNaN(s.occurredAt.getTime()))
      byKey.set(trackingDedupeKey(input.courier, input.awb, s), s);
  const keyed = [...byKey].map(([dedupeKey, scan]) => ({ scan, dedupeKey }));
  if (keyed.length === 0) return [];
  const inserted = await tx.trackingEvent.createManyAndReturn({
    data: keyed.map(({ scan: s, dedupeKey }) => ({
      shipmentId: input.shipmentId,
      kind:
        input.awbReplacedAt && s.occurredAt >= input.awbReplacedAt
          ? ("OLD_AWB_SCAN" as const)
          : ("SCAN" as const),
      status: s.status,
      statusCoded: s.statusCoded,
      rawStatus: s.rawStatus.slice(0, 500),
      rawCode: s.rawCode?.slice(0, 100) ?? null,
      location: s.location?.slice(0, 300) ?? null,
      remarks: s.remarks?.slice(0, 1000) ?? null,
      occurredAt: s.occurredAt,
      source: input.source,
      dedupeKey,
    })),
    skipDuplicates: true,
    select: { dedupeKey: true },
  });
  const fresh = new Set(inserted.map((e) => e.dedupeKey));
  const freshScans = keyed.filter((k) => fresh.has(k.dedupeKey)).map((k) => k.scan);
  // The dashboard's "first attempt" reads this flag instead of searching the history.
  if (freshScans.some((s) => s.status === "NDR"))
    await tx.shipment.update({
      where: { id: input.shipmentId },
      data: { hadFailedAttempt: true },
      select: { id: true },
    });
  return freshScans;
}
