import { CourierError } from "@/lib/errors/courier-error";
import { trackingUpdate } from "../tracking-update";
import type {
  BookedShipment,
  CurrentTrackingStatus,
  ServiceabilityResult,
  TrackingResult,
  TrackingScan,
} from "../types";
import { mapEkartStatus } from "./status-map";

// Ekart answers → Packline's types. Field names as in Ekart API Docs v3.8.8.

export interface EkartCreateAck {
  status: boolean;
  remark?: string;
  tracking_id: string;
  vendor?: string;
  barcodes?: { wbn?: string; order?: string; cod?: string };
}

interface EkartTrackDetail {
  status: string;
  ctime: number;
  desc?: string;
  location?: string;
  ndrStatus?: string;
}

export interface EkartTrack {
  _id: string;
  track: EkartTrackDetail & { attempts?: number | string; details?: EkartTrackDetail[] };
  /** "only available for picked up shipments" */
  edd?: number;
  order_number?: string;
}

/** Ekart's times are epoch milliseconds; its samples write 0 for "none", which is no time at all. */
export function ekartTime(ms: unknown): Date | null {
  const n = Number(ms);
  return Number.isFinite(n) && n > 0 ? new Date(n) : null;
}

/** `attempts`: a string in the track_updated push ("0"), an integer in the track answer. */
export function ekartCount(value: unknown): number | null {
  if (value === null || value === undefined || value === "") return null;
  const n = Number(value);
  return Number.isInteger(n) && n >= 0 ? n : null;
}

function malformed(what: string): CourierError {
  return new CourierError({
    courier: "EKART",
    kind: "malformed",
    message: `Ekart ${what} answer is not as documented`,
  });
}

export function readCreated(body: EkartCreateAck | null): BookedShipment {
  if (!body?.tracking_id) throw malformed("create");
  return {
    awb: body.tracking_id,
    courierOrderRef: body.barcodes?.order ?? null,
    courierShipmentRef: body.barcodes?.wbn ?? null,
    serviceName: body.vendor ?? null,
    chargePaise: null,
    labelUrl: null,
    expectedDeliveryAt: null,
    raw: body,
  };
}

/** Ekart's statement of a status, as Packline reads it; `at` null when it states no time. */
export function ekartStatus(detail: EkartTrackDetail): CurrentTrackingStatus {
  return {
    status: mapEkartStatus(detail.status),
    rawStatus: detail.status,
    rawCode: detail.ndrStatus || null,
    location: detail.location || null,
    remarks: detail.desc || null,
    occurredAt: ekartTime(detail.ctime),
  };
}

/** A status update as history; one without a time cannot be placed in history and is left out. */
export function ekartScans(details: EkartTrackDetail[]): TrackingScan[] {
  return details.flatMap((detail) => {
    const { occurredAt, ...said } = ekartStatus(detail);
    return occurredAt ? [{ ...said, statusCoded: true, occurredAt }] : [];
  });
}

export function readTrack(awb: string, body: EkartTrack | null): TrackingResult {
  if (!body?.track?.status) throw malformed("track");
  const { details, attempts } = body.track;
  return trackingUpdate(awb, {
    current: ekartStatus(body.track),
    scans: ekartScans(details?.length ? details : [body.track]),
    expectedDeliveryAt: ekartTime(body.edd),
    deliveryAttempts: ekartCount(attempts),
    courierOrderRef: body.order_number || null,
  });
}

export interface EkartPincode {
  status: boolean;
  pincode: number;
  remark?: string;
  details?: {
    cod: boolean;
    forward_pickup: boolean;
    forward_drop: boolean;
    reverse_pickup: boolean;
  };
}

export function readServiceability(
  pincode: string,
  body: EkartPincode | null,
): ServiceabilityResult {
  const d = body?.status ? body.details : undefined;
  return {
    pincode,
    serviceable: !!d?.forward_drop,
    cod: !!d?.cod,
    prepaid: !!d?.forward_drop,
    pickup: !!d?.forward_pickup,
    reverse: !!d?.reverse_pickup,
  };
}

/** Ekart amounts are rupee strings ("82.60"); Packline keeps integer paise. */
export function rupeeStringToPaise(value: unknown): number | null {
  const n = Number(value);
  return Number.isFinite(n) && n > 0 ? Math.round(n * 100) : null;
}
