import { z } from "zod";
import { CourierError } from "@/lib/errors/courier-error";
import type * as T from "../types";

// Delhivery's answers → Packline's types. Shapes from the B2C API docs and their samples; every
// field Packline relies on is checked, the rest passes through in `raw`.

function malformed(what: string, issues?: unknown): CourierError {
  return new CourierError({
    courier: "DELHIVERY",
    kind: "malformed",
    message: `Delhivery ${what} answer could not be read`,
    cause: issues,
  });
}

export function parseWith<S extends z.ZodType>(
  schema: S,
  body: unknown,
  what: string,
): z.output<S> {
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw malformed(what, parsed.error.issues);
  return parsed.data;
}

/** Delhivery stamps are IST without an offset ("2024-09-21T14:31:48.752", "2019-01-09 17:10:42"). */
export function istDateTime(value: string | null | undefined): Date | null {
  if (!value) return null;
  const text = value.trim().replace(" ", "T");
  const zoned = /(Z|[+-]\d{2}:?\d{2})$/.test(text) ? text : `${text}+05:30`;
  const date = new Date(zoned);
  return Number.isNaN(date.getTime()) ? null : date;
}

const yn = z.string().nullish();
export const pincodeSchema = z.object({
  delivery_codes: z.array(
    z.object({
      postal_code: z.object({
        pin: z.coerce.string(),
        pre_paid: yn,
        cash: yn,
        cod: yn,
        pickup: yn,
        repl: yn,
        remarks: z.string().nullish(),
      }),
    }),
  ),
});

export function readServiceability(
  pincode: string,
  body: z.output<typeof pincodeSchema>,
): T.ServiceabilityResult {
  const code = body.delivery_codes.find((d) => d.postal_code.pin === pincode)?.postal_code;
  // An empty list is a non-serviceable pincode (NSZ); remark "Embargo" a temporary NSZ.
  const open = !!code && !(code.remarks ?? "").trim();
  const y = (v: string | null | undefined) => open && v === "Y";
  return {
    pincode,
    serviceable: y(code?.pre_paid) || y(code?.cod) || y(code?.cash),
    cod: y(code?.cod) || y(code?.cash),
    prepaid: y(code?.pre_paid),
    pickup: y(code?.pickup),
    reverse: y(code?.pickup),
  };
}

export const createSchema = z.object({
  success: z.boolean(),
  rmk: z.string().nullish(),
  upload_wbn: z.string().nullish(),
  packages: z
    .array(
      z.object({
        status: z.string(),
        waybill: z.coerce.string().nullish(),
        refnum: z.coerce.string().nullish(),
        remarks: z.union([z.array(z.string()), z.string()]).nullish(),
        sort_code: z.string().nullish(),
      }),
    )
    .default([]),
});

export function readCreated(body: z.output<typeof createSchema>): T.BookedShipment {
  const pkg = body.packages[0];
  if (!body.success || !pkg || pkg.status !== "Success" || !pkg.waybill)
    throw new CourierError({
      courier: "DELHIVERY",
      kind: "rejected",
      message: `Delhivery refused the booking: ${createReason(body) ?? "no reason given"}`,
      courierMessage: createReason(body),
    });
  return {
    awb: pkg.waybill,
    courierOrderRef: pkg.refnum ?? null,
    courierShipmentRef: body.upload_wbn ?? null,
    serviceName: "Delhivery",
    chargePaise: null,
    labelUrl: null,
    expectedDeliveryAt: null,
    raw: body,
  };
}

export function createReason(body: z.output<typeof createSchema>): string | null {
  const remarks = body.packages.flatMap((p) =>
    Array.isArray(p.remarks) ? p.remarks : p.remarks ? [p.remarks] : [],
  );
  const text = [...remarks, body.rmk ?? ""].map((r) => r.trim()).filter(Boolean);
  return text.length ? [...new Set(text)].join("; ") : null;
}

/** A packing slip with its 4×6 PDF link; `{"packages": [], "packages_found": 0}` when not manifested. */
export function readLabel(body: unknown, awb: string): T.LabelResult {
  const packages = (body as { packages?: { pdf_download_link?: unknown }[] } | null)?.packages;
  const url = Array.isArray(packages) ? packages[0]?.pdf_download_link : undefined;
  if (typeof url === "string" && url !== "") return { url, pdf: null };
  throw new CourierError({
    courier: "DELHIVERY",
    kind: "rejected",
    message: `Delhivery has no label for ${awb} (not manifested under this account?)`,
  });
}

/** `total_amount` is in rupees (with GST), per waybill slab; `zone` the Delhivery zone letter. */
export const chargesSchema = z.array(
  z.object({
    total_amount: z.coerce.number(),
    zone: z.string().nullish(),
    charged_weight: z.coerce.number().nullish(),
  }),
);

export function rupeesToPaise(rupees: number): number {
  return Math.round(rupees * 100);
}
