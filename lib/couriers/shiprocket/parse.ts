import { z } from "zod";
import { CourierError } from "@/lib/errors/courier-error";
import { trackingUpdate } from "../tracking-update";
import type { RateQuoteResult, TrackingResult, TrackingScan } from "../types";
import { labelForCode, statusFromCode, statusFromLabel } from "./status-map";

// Shiprocket's answers → Packline types. Schemas follow the documented samples and keep only
// what Packline reads; everything else passes through untouched (`raw`).

export function parseOrThrow<T>(schema: z.ZodType<T>, body: unknown, what: string): T {
  const parsed = schema.safeParse(body);
  if (parsed.success) return parsed.data;
  throw new CourierError({
    courier: "SHIPROCKET",
    kind: "malformed",
    message: `Shiprocket's ${what} answer could not be read: ${parsed.error.issues[0]?.message ?? "unknown shape"}.`,
  });
}

const id = z.union([z.number(), z.string()]).transform(String);
const num = z.union([z.number(), z.string()]).transform(Number);

/** "2022-07-19 11:37:00" or "23 05 2023 11:43:52" in IST → UTC Date; null if absent. */
export function parseIstDate(value: string | null | undefined): Date | null {
  if (!value) return null;
  let m = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})(?::(\d{2}))?/.exec(value);
  if (m) return new Date(`${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6] ?? "00"}+05:30`);
  m = /^(\d{2}) (\d{2}) (\d{4}) (\d{2}):(\d{2}):(\d{2})$/.exec(value);
  if (m) return new Date(`${m[3]}-${m[2]}-${m[1]}T${m[4]}:${m[5]}:${m[6]}+05:30`);
  const parsed = new Date(value);
  return Number.isNaN(parsed.getTime()) ? null : parsed;
}

export const adhocOrderSchema = z.object({
  order_id: id,
  shipment_id: id,
  status: z.string().optional(),
  status_code: z.number().optional(),
  awb_code: z.string().nullish(),
});

export const assignAwbSchema = z.object({
  awb_assign_status: z.number(),
  response: z.object({
    data: z
      .object({
        awb_code: z.string().optional(),
        courier_name: z.string().nullish(),
        courier_company_id: z.number().nullish(),
        awb_assign_error: z.string().optional(),
        pickup_scheduled_date: z.string().nullish(),
      })
      .passthrough(),
  }),
});

const courierCompany = z
  .object({
    courier_company_id: z.number(),
    courier_name: z.string(),
    rate: num,
    cod: z.number(),
    estimated_delivery_days: num,
    etd: z.string().nullish(),
  })
  .passthrough();

export const serviceabilitySchema = z.object({
  status: z.number().optional(),
  message: z.string().optional(),
  data: z.object({ available_courier_companies: z.array(courierCompany) }).optional(),
});

export function toRateQuotes(body: z.infer<typeof serviceabilitySchema>): RateQuoteResult[] {
  return (body.data?.available_courier_companies ?? []).map((c) => ({
    serviceable: true,
    serviceCode: String(c.courier_company_id),
    serviceName: c.courier_name,
    chargePaise: Math.round(c.rate * 100),
    promisedDays: Number.isFinite(c.estimated_delivery_days) ? c.estimated_delivery_days : null,
    codAvailable: c.cod === 1,
    raw: c,
  }));
}

const activity = z
  .object({
    date: z.string(),
    status: z.string().optional(),
    activity: z.string().nullish(),
    location: z.string().nullish(),
    "sr-status": z.union([z.string(), z.number()]).optional(),
    "sr-status-label": z.string().optional(),
  })
  .passthrough();

const trackingData = z.object({
  track_status: z.number(),
  shipment_status: z.number().optional(),
  error: z.string().optional(),
  shipment_track: z
    .array(
      z
        .object({
          awb_code: z.string().nullish(),
          current_status: z.string().nullish(),
          edd: z.string().nullish(),
        })
        .passthrough(),
    )
    .optional(),
  shipment_track_activities: z.array(activity).nullish(),
  etd: z.string().nullish(),
});

export const trackingSchema = z.object({ tracking_data: trackingData });

/** One scan: the Shiprocket code (`sr-status`) decides the status; the courier's own code is kept raw. */
export function toScan(a: z.infer<typeof activity>): TrackingScan {
  const srCode = a["sr-status"] === undefined ? null : String(a["sr-status"]);
  const label = a["sr-status-label"] && a["sr-status-label"] !== "NA" ? a["sr-status-label"] : null;
  return {
    status: statusFromCode(srCode) ?? statusFromLabel(label),
    statusCoded: srCode !== null && srCode !== "NA",
    rawStatus: label ?? a.activity ?? a.status ?? "UNKNOWN",
    rawCode: srCode && srCode !== "NA" ? srCode : (a.status ?? null),
    location: a.location && a.location !== "NA" ? a.location : null,
    remarks: a.activity ?? null,
    occurredAt: parseIstDate(a.date) ?? new Date(Number.NaN),
  };
}

export function toTracking(awb: string, body: z.infer<typeof trackingSchema>): TrackingResult {
  const data = body.tracking_data;
  const current = data.shipment_track?.[0];
  const code = data.shipment_status ?? null;
  const rawStatus = current?.current_status ?? (code === null ? null : labelForCode(code));
  return trackingUpdate(awb, {
    current:
      rawStatus === null && code === null
        ? null
        : {
            status: statusFromCode(code) ?? statusFromLabel(rawStatus),
            rawStatus: rawStatus ?? String(code),
            rawCode: code === null ? null : String(code),
            location: null,
            remarks: null,
            occurredAt: null,
          },
    expectedDeliveryAt: parseIstDate(current?.edd ?? data.etd ?? null),
    scans: (data.shipment_track_activities ?? [])
      .map(toScan)
      .filter((s) => !Number.isNaN(s.occurredAt.getTime()))
      .sort((x, y) => x.occurredAt.getTime() - y.occurredAt.getTime()),
  });
}

export const ordersSearchSchema = z.object({
  data: z.array(
    z
      .object({
        id: id,
        channel_order_id: id,
        status: z.string(),
        shipments: z
          .array(
            z
              .object({ id: id, awb: z.string().nullish(), courier: z.string().nullish() })
              .passthrough(),
          )
          .optional(),
      })
      .passthrough(),
  ),
});

export const pickupSchema = z.object({
  pickup_status: z.number(),
  response: z
    .object({
      pickup_scheduled_date: z.string().nullish(),
      pickup_token_number: z.string().nullish(),
    })
    .passthrough(),
});

export const labelSchema = z.object({
  label_created: z.number(),
  label_url: z.string().optional(),
  response: z.string().optional(),
});

export const manifestSchema = z.object({ status: z.number().optional(), manifest_url: z.string() });
