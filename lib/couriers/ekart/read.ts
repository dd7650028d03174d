import { CourierError } from "@/lib/errors/courier-error";
import { trackingUpdate } from "../tracking-update";
import type { BookedShipment, ServiceabilityResult, TrackingResult, TrackingScan } from "../types";
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
  track: EkartTrackDetail & { details?: EkartTrackDetail[] };
  edd?: number;
  order_number?: string;
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

function scanOf(detail: EkartTrackDetail): TrackingScan {
  return {
    status: mapEkartStatus(detail.status),
    statusCoded: true,
    rawStatus: detail.status,
    rawCode: detail.ndrStatus ?? null,
    location: detail.location || null,
    remarks: detail.desc || null,
    occurredAt: new Date(detail.ctime),
  };
}

export function readTrack(awb: string, body: EkartTrack | null): TrackingResult {
  if (!body?.track?.status) throw malformed("track");
  const details = body.track.details?.length ? body.track.details : [body.track];
  const scans = details.map(scanOf).sort((a, b) => a.occurredAt.getTime() - b.occurredAt.getTime());
  const latest = scans.at(-1);
  return trackingUpdate(awb, {
    current: {
      status: mapEkartStatus(body.track.status),
      rawStatus: body.track.status,
      rawCode: body.track.ndrStatus ?? null,
      location: body.track.location || null,
      remarks: body.track.desc || null,
      occurredAt: latest?.rawStatus === body.track.status ? latest.occurredAt : null,
    },
    expectedDeliveryAt: body.edd ? new Date(body.edd) : null,
    scans,
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
