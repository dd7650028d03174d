import type { CourierCode, ShipmentStatus, TrackingEventKind } from "@/lib/generated/prisma/enums";
import { wordingFor, type CourierWording } from "./courier-wording";
import { readablePlace } from "./readable-place";
import { statusLabel } from "./status-words";

/** A stored tracking event, as the timeline reads it. */
export interface TimelineEvent {
  kind: TrackingEventKind;
  status: ShipmentStatus | null;
  statusCoded: boolean;
  rawStatus: string;
  remarks: string | null;
  location: string | null;
  occurredAt: Date;
}

export interface TimelineLine {
  /** what happened, in the customer's words */
  title: string;
  place: string | null;
  /** when the first event of the line happened (ISO) */
  at: string;
  /** the courier's own words for each event in the line: for ops, never for customers */
  raw: string[];
  /** the courier stated a status Packline cannot map (ops only) */
  unknownStatus: boolean;
}

export const TIMELINE_EVENT_SELECT = {
  kind: true,
  status: true,
  statusCoded: true,
  rawStatus: true,
  remarks: true,
  location: true,
  occurredAt: true,
} as const;

function titleOf(e: TimelineEvent, wording: CourierWording): string {
  if (e.kind === "RECREATED") return "The courier gave your parcel a new tracking number";
  const text = [e.rawStatus, e.remarks].filter(Boolean).join(" ");
  const rule = wording.activities.find((a) => a.match.test(text));
  // An activity no table entry knows is not repeated in the courier's words: those carry agents'
  // and receivers' names, phone numbers and landmarks. Its status says enough.
  const said = rule?.say ?? (e.status ? statusLabel(e.status) : "Shipment update");
  return e.kind === "OLD_AWB_SCAN" ? `${said} (earlier tracking number)` : said;
}

function rawOf(e: TimelineEvent): string {
  const remarks = e.remarks && e.remarks !== e.rawStatus ? ` — ${e.remarks}` : "";
  return `${e.rawStatus}${remarks}${e.location ? ` @ ${e.location}` : ""}`;
}

/**
 * A shipment's tracking events as lines a customer can read, newest first: places and
 * activities in plain words from the courier's table (courier-wording.ts), and consecutive
 * events saying the same thing at the same place (or with no place) folded into one line, so
 * "IN TRANSIT" and "InTransit Shipment added in Bag" at one hub read once.
 */
export function trackingTimeline(
  courier: CourierCode | null,
  events: readonly TimelineEvent[],
): TimelineLine[] {
  const wording = wordingFor(courier);
  const lines: TimelineLine[] = [];
  const ordered = [...events].sort((a, b) => a.occurredAt.getTime() - b.occurredAt.getTime());
  for (const e of ordered) {
    const title = titleOf(e, wording);
    const place = readablePlace(e.location, wording);
    const unknownStatus = e.kind !== "RECREATED" && e.statusCoded && e.status === null;
    const last = lines.at(-1);
    if (last && last.title === title && (!place || !last.place || place === last.place)) {
      last.place ??= place;
      last.raw.push(rawOf(e));
      last.unknownStatus ||= unknownStatus;
      continue;
    }
    lines.push({ title, place, at: e.occurredAt.toISOString(), raw: [rawOf(e)], unknownStatus });
  }
  return lines.reverse();
}
