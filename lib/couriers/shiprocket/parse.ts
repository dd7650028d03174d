import { z } from "zod";
import { CourierError } from "@/lib/errors/courier-error";
import type { RateQuoteResult } from "../types";

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
    blocked: z.number().optional(),
    estimated_delivery_days: num,
    etd: z.string().nullish(),
  })
  .passthrough();

export const serviceabilitySchema = z.object({
  status: z.number().optional(),
  message: z.string().optional(),
  data: z.object({ available_courier_companies: z.array(courierCompany) }).optional(),
});

/** Rates in paise; a courier the seller has blocked (`blocked: 1`) is not offered. */
export function toRateQuotes(body: z.infer<typeof serviceabilitySchema>): RateQuoteResult[] {
  const offered = (body.data?.available_courier_companies ?? []).filter((c) => c.blocked !== 1);
  return offered.map((c) => ({
    serviceable: true,
    serviceCode: String(c.courier_company_id),
    serviceName: c.courier_name,
    chargePaise: Math.round(c.rate * 100),
    promisedDays: Number.isFinite(c.estimated_delivery_days) ? c.estimated_delivery_days : null,
    codAvailable: c.cod === 1,
    raw: c,
  }));
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

export const manifestPrintSchema = z.object({ manifest_url: z.string() });
