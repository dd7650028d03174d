import type { CurrentTrackingStatus, TrackingScan } from "@/lib/couriers/types";
import type { Tx } from "@/lib/db";
import type { CourierCode } from "@/lib/generated/prisma/enums";
import { createIncident } from "@/lib/incidents/create-incident";
import { log } from "@/lib/observability/logger";

export interface UnknownCourierStatus {
  rawStatus: string;
  rawCode: string | null;
}

const STAGE = "tracking-unknown-status";

const statusKey = (rawStatus: string) => rawStatus.trim().replace(/\s+/g, " ").toUpperCase();

/**
 * The courier statuses in one message that Packline cannot map and has not seen on this
 * shipment before, each once: scans stored now that state a status (a scan without a code of its
 * own is history, never unknown), and a current status other than the one the shipment already
 * holds from the courier (so a poll that keeps answering the same status reports it once).
 */
export function unknownStatusesIn(input: {
  freshScans: readonly TrackingScan[];
  current: CurrentTrackingStatus | null;
  /** the courier's status the shipment held before this message */
  heldRawStatus: string | null;
}): UnknownCourierStatus[] {
  const found = new Map<string, UnknownCourierStatus>();
  for (const s of input.freshScans)
    if (s.status === null && s.statusCoded && s.rawStatus.trim())
      found.set(statusKey(s.rawStatus), { rawStatus: s.rawStatus, rawCode: s.rawCode });
  const c = input.current;
  if (
    c &&
    c.status === null &&
    c.rawStatus.trim() &&
    statusKey(c.rawStatus) !== statusKey(input.heldRawStatus ?? "")
  )
    found.set(statusKey(c.rawStatus), { rawStatus: c.rawStatus, rawCode: c.rawCode });
  return [...found.values()];
}

/**
 * A courier status Packline cannot map is kept raw and reported: logged every time, and counted
 * on one open LOW delivery incident per courier and raw status, whatever the parcel (the
 * incident's occurrences, last-seen time, and its context's last AWB and order), so a courier
 * that adds a status shows up once for someone to extend its status map. Resolving the incident
 * lets the next sighting open a fresh one.
 */
export async function reportUnknownCourierStatus(
  tx: Tx,
  s: UnknownCourierStatus & { courier: CourierCode; awb: string; orderId: string },
): Promise<void> {
  log.warn("unknown courier status stored raw", {
    courier: s.courier,
    awb: s.awb,
    rawStatus: s.rawStatus,
    rawCode: s.rawCode,
  });
  const rawStatus = statusKey(s.rawStatus);
  // No orderId on the incident itself: the incident's repeat key is category, stage, title and
  // order, and this one must count sightings across all parcels.
  await createIncident(
    {
      category: "DELIVERY",
      severity: "LOW",
      stage: STAGE,
      title: `${s.courier} sent a tracking status Packline does not know: "${rawStatus.slice(0, 300)}"`,
      context: {
        courier: s.courier,
        rawStatus: s.rawStatus,
        rawCode: s.rawCode,
        lastAwb: s.awb,
        lastOrderId: s.orderId,
      },
    },
    tx,
  );
}
