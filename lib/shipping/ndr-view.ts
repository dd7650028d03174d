import type { Prisma } from "@/lib/generated/prisma/client";
import type { NdrActionKind, ShipmentStatus } from "@/lib/generated/prisma/enums";
import { reattemptWindow } from "./check-ndr-request";
import { isInFlight, ndrActionBlock, type NdrActionStatus } from "./ndr-rules";

/** What an NdrAction row keeps in `payload`: the request as sent, who asked, the courier's answer. */
export interface NdrPayload {
  by: string;
  date?: string;
  phone?: string;
  addressLine1?: string;
  addressLine2?: string;
  landmark?: string;
  remarks?: string;
  /** the courier's sentence: its acknowledgement, or why it refused or failed */
  answer?: string | null;
}

/**
 * The NDR part of a shipment, for every screen that shows one (dashboard, order page); spread
 * into a select that already has `status` (toNdrView's type insists on it).
 */
export const ndrSelect = {
  statusAt: true,
  ndrActions: {
    select: {
      id: true,
      kind: true,
      status: true,
      payload: true,
      courierRef: true,
      createdAt: true,
    },
    orderBy: { createdAt: "desc" },
    take: 20,
  },
  trackingEvents: {
    where: { status: "NDR" },
    select: { rawStatus: true, remarks: true, occurredAt: true },
    orderBy: { occurredAt: "desc" },
    take: 1,
  },
} as const satisfies Prisma.ShipmentSelect;

interface NdrRow {
  status: ShipmentStatus;
  statusAt: Date | null;
  ndrActions: {
    id: string;
    kind: NdrActionKind;
    status: string;
    payload: Prisma.JsonValue;
    courierRef: string | null;
    createdAt: Date;
  }[];
  trackingEvents: { rawStatus: string; remarks: string | null; occurredAt: Date }[];
}

export function readNdrPayload(value: Prisma.JsonValue): NdrPayload {
  const o = value && typeof value === "object" && !Array.isArray(value) ? value : {};
  const text = (key: string) => (typeof o[key] === "string" ? (o[key] as string) : undefined);
  return {
    by: text("by") ?? "someone",
    date: text("date"),
    phone: text("phone"),
    addressLine1: text("addressLine1"),
    addressLine2: text("addressLine2"),
    landmark: text("landmark"),
    remarks: text("remarks"),
    answer: text("answer") ?? null,
  };
}

export function toNdrActionView(row: NdrRow["ndrActions"][number], now: Date) {
  const p = readNdrPayload(row.payload);
  const address = [p.addressLine1, p.addressLine2, p.landmark && `near ${p.landmark}`]
    .filter(Boolean)
    .join(", ");
  // A send left behind by a process that died reads as failed; the next request closes it.
  const status: NdrActionStatus =
    row.status === "REQUESTED" && !isInFlight(row, now)
      ? "FAILED"
      : (row.status as NdrActionStatus);
  return {
    id: row.id,
    kind: row.kind,
    status,
    by: p.by,
    at: row.createdAt.toISOString(),
    date: p.date ?? null,
    phone: p.phone ?? null,
    address: address || null,
    addressLine1: p.addressLine1 ?? null,
    addressLine2: p.addressLine2 ?? null,
    landmark: p.landmark ?? null,
    remarks: p.remarks ?? null,
    message: p.answer ?? null,
    courierRef: row.courierRef,
  };
}

export type NdrActionView = ReturnType<typeof toNdrActionView>;

/**
 * The failed attempt's reason, the actions asked so far and which ones ops may ask now, or
 * null for a shipment that never failed a delivery.
 */
export function toNdrView(row: NdrRow, now = new Date()) {
  const scan = row.trackingEvents[0];
  if (row.status !== "NDR" && !scan && row.ndrActions.length === 0) return null;
  const block = (kind: NdrActionKind) =>
    row.status === "NDR"
      ? ndrActionBlock(row, row.ndrActions, kind, now)
      : "The shipment is no longer in NDR.";
  const reattempt = block("REATTEMPT");
  const rto = block("RTO");
  return {
    inNdr: row.status === "NDR",
    reason: scan ? (scan.remarks?.trim() || scan.rawStatus).slice(0, 300) : null,
    failedAt: scan?.occurredAt.toISOString() ?? null,
    actions: row.ndrActions.map((a) => toNdrActionView(a, now)),
    reattempt: { allowed: reattempt === null, why: reattempt },
    rto: { allowed: rto === null, why: rto },
    dateWindow: reattemptWindow(now),
  };
}

export type NdrView = NonNullable<ReturnType<typeof toNdrView>>;
