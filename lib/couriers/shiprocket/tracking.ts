import { z } from "zod";
import { trackingUpdate } from "../tracking-update";
import type { CurrentTrackingStatus, TrackingResult, TrackingScan } from "../types";
import { parseIstDate } from "./dates";
import { labelForCode, statusFromCode, statusFromLabel } from "./status-map";

// Shiprocket's tracking answers (courier/track/awb, track/shipment, track/awbs entries) and the
// scans they share with the webhook. The answer's `shipment_status` is where the parcel stands;
// the scans are history. Many scans carry no Shiprocket status of their own ("sr-status": "NA",
// or no such key: "Pending Manifest Data Received", "Manifested - Pickup scheduled"): they are
// kept as uncoded history, never mapped and never reported as an unknown status.

export const scanSchema = z
  .object({
    date: z.string(),
    status: z.string().nullish(),
    activity: z.string().nullish(),
    location: z.string().nullish(),
    "sr-status": z.union([z.string(), z.number()]).nullish(),
    "sr-status-label": z.string().nullish(),
  })
  .passthrough();

const trackingData = z.object({
  track_status: z.number(),
  shipment_status: z.number().nullish(),
  error: z.string().optional(),
  shipment_track: z
    .array(
      z.object({ current_status: z.string().nullish(), edd: z.string().nullish() }).passthrough(),
    )
    .nullish(),
  shipment_track_activities: z.array(scanSchema).nullish(),
  etd: z.string().nullish(),
});

export const trackingSchema = z.object({ tracking_data: trackingData });

const meaningful = (value: string | null | undefined): string | null => {
  const text = value?.trim();
  return text && text.toUpperCase() !== "NA" ? text : null;
};

/** One scan; its Shiprocket code (`sr-status`) decides its status, the courier's code is kept when it has none. */
export function toScan(a: z.infer<typeof scanSchema>): TrackingScan {
  const code = meaningful(a["sr-status"]?.toString());
  const label = meaningful(a["sr-status-label"]) ?? (code ? labelForCode(Number(code)) : null);
  const activity = meaningful(a.activity);
  return {
    status: code ? (statusFromCode(code) ?? statusFromLabel(label)) : null,
    statusCoded: code !== null,
    rawStatus: (code ? (label ?? code) : activity) ?? meaningful(a.status) ?? "UNKNOWN",
    rawCode: code ?? meaningful(a.status),
    location: meaningful(a.location),
    remarks: activity,
    occurredAt: parseIstDate(a.date) ?? new Date(Number.NaN),
  };
}

/**
 * Scans oldest first, those without a readable time dropped. Shiprocket lists tracking answers
 * newest first and webhook scans oldest first (an older webhook revision newest first), and
 * scans share a second often enough: the list is put in time order first, so two scans of the
 * same second keep the order they happened in. `listed` says the order when the times cannot.
 */
export function chronologicalScans(
  raw: z.infer<typeof scanSchema>[],
  listed: "newest first" | "oldest first",
): TrackingScan[] {
  const scans = raw.map(toScan).filter((s) => !Number.isNaN(s.occurredAt.getTime()));
  const first = scans[0]?.occurredAt.getTime() ?? 0;
  const last = scans.at(-1)?.occurredAt.getTime() ?? 0;
  const newestFirst = first > last || (first === last && listed === "newest first");
  const ordered = newestFirst ? scans.reverse() : scans;
  return ordered.sort((x, y) => x.occurredAt.getTime() - y.occurredAt.getTime());
}

/**
 * The answer's current status, dated and placed by the newest scan that carries the same code
 * (the scan that set it); when no scan does, its time stays unknown rather than "now".
 */
function currentStatus(
  code: number | null,
  label: string | null,
  scans: TrackingScan[],
): CurrentTrackingStatus | null {
  if (code === null && !label) return null;
  const setBy = scans.findLast((s) => s.statusCoded && code !== null && s.rawCode === String(code));
  return {
    status: statusFromCode(code) ?? statusFromLabel(label),
    rawStatus: label ?? String(code),
    rawCode: code === null ? null : String(code),
    location: setBy?.location ?? null,
    remarks: setBy?.remarks ?? null,
    occurredAt: setBy?.occurredAt ?? null,
  };
}

/** A tracking answer → the courier's current status, its scans as history and its delivery promise. */
export function toTracking(awb: string, body: z.infer<typeof trackingSchema>): TrackingResult {
  const data = body.tracking_data;
  const track = data.shipment_track?.[0];
  const code = data.shipment_status ?? null;
  const label = meaningful(track?.current_status) ?? (code === null ? null : labelForCode(code));
  const scans = chronologicalScans(data.shipment_track_activities ?? [], "newest first");
  return trackingUpdate(awb, {
    current: currentStatus(code, label, scans),
    scans,
    // `edd` is the courier's own, revised promise; `etd` Shiprocket's estimate at assignment.
    expectedDeliveryAt: parseIstDate(track?.edd) ?? parseIstDate(data.etd),
    // Shiprocket's order id, as booking records it (BookedShipment.courierOrderRef)
    courierOrderRef: track?.order_id == null ? null : String(track.order_id),
  });
}
