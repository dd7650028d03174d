import type { NdrActionKind, ShipmentStatus } from "@/lib/generated/prisma/enums";

/**
 * An NdrAction row's `status`: REQUESTED while the courier is being asked, then ACCEPTED or
 * FAILED with the courier's sentence. A failed action can be asked again; it stays as history.
 */
export type NdrActionStatus = "REQUESTED" | "ACCEPTED" | "FAILED";

/**
 * How long a REQUESTED action counts as in flight. A courier call gives up well before this
 * (4 attempts of 10 s with backoff); a row older than that was left by a process that died
 * mid-call, and is closed as failed so ops can ask again.
 */
export const NDR_SEND_LEASE_MS = 3 * 60_000;

export const ABANDONED_MESSAGE =
  "No answer from the courier was recorded (the request was interrupted). Check the courier's panel before asking again.";

export interface NdrActionPoint {
  kind: NdrActionKind;
  status: string;
  createdAt: Date;
}

export interface NdrShipmentPoint {
  status: ShipmentStatus;
  /** when the scan that put the shipment into NDR happened */
  statusAt: Date | null;
}

const KIND_WORDS: Record<NdrActionKind, string> = {
  REATTEMPT: "A re-attempt",
  RTO: "Return to origin",
  CHANGE_ADDRESS: "An address change",
  CHANGE_PHONE: "A phone change",
};

const ist = new Intl.DateTimeFormat("en-IN", {
  timeZone: "Asia/Kolkata",
  day: "numeric",
  month: "short",
  hour: "numeric",
  minute: "2-digit",
});

/** "22 Nov, 8:40 am" in India time: when an NDR action was asked, on screens and in sentences. */
export const formatNdrTime = (date: Date) => ist.format(date);

export const isInFlight = (a: NdrActionPoint, now: Date) =>
  a.status === "REQUESTED" && a.createdAt.getTime() > now.getTime() - NDR_SEND_LEASE_MS;

/**
 * Why `kind` cannot be asked for now, or null when it can. One NDR episode starts with the
 * scan that put the shipment into NDR: within it, one action at a time is sent, a re-attempt
 * is asked once (the courier's next scan says how it went), and after a return to origin
 * nothing more. A new failed attempt (a later NDR scan) starts a new episode.
 */
export function ndrActionBlock(
  shipment: NdrShipmentPoint,
  actions: NdrActionPoint[],
  kind: NdrActionKind,
  now: Date,
): string | null {
  if (shipment.status !== "NDR") return null;
  const sending = actions.find((a) => isInFlight(a, now));
  if (sending)
    return `${KIND_WORDS[sending.kind]} is being sent to the courier right now. Wait for its answer.`;
  const episode = actions.filter(
    (a) =>
      a.status === "ACCEPTED" &&
      (!shipment.statusAt || a.createdAt.getTime() >= shipment.statusAt.getTime()),
  );
  const rto = episode.find((a) => a.kind === "RTO");
  if (rto)
    return `Return to origin was already requested (${formatNdrTime(rto.createdAt)} IST): the parcel is on its way back.`;
  const again = episode.find((a) => a.kind === kind);
  if (again)
    return `${KIND_WORDS[kind]} was already requested for this failed delivery (${formatNdrTime(again.createdAt)} IST). Wait for the courier's next attempt.`;
  return null;
}
