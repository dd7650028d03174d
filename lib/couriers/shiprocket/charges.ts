import { z } from "zod";
import type { CourierHttp } from "../http/types";
import type { CourierCharge } from "../types";
import { parseOrThrow } from "./parse";

// Orders › Get Specific Order Details (GET /orders/show/{order_id}, published in the collection
// named in ./fixtures/published.ts): `awb_data` states the weight Shiprocket applied (what the
// seller declared) and the weight the courier charged, with the freight for each, in kg and
// rupees as text; every field is "" until the courier has weighed the parcel.

const text = z.union([z.string(), z.number()]).nullish();

export const orderShowSchema = z.object({
  data: z.object({
    awb_data: z
      .object({
        charged_weight: text,
        charges: z
          .object({
            charged_weight: text,
            charged_weight_amount: text,
            freight_charges: text,
          })
          .partial()
          .nullish(),
      })
      .nullish(),
  }),
});

const positive = (value: string | number | null | undefined): number | null => {
  const n = Number(value ?? "");
  return value !== "" && Number.isFinite(n) && n > 0 ? n : null;
};

/** The charge in Packline's units, or null while Shiprocket states none. */
export function readCharge(body: z.infer<typeof orderShowSchema>): CourierCharge | null {
  const awb = body.data.awb_data;
  const kg = positive(awb?.charges?.charged_weight) ?? positive(awb?.charged_weight);
  if (kg === null) return null;
  const rupees =
    positive(awb?.charges?.charged_weight_amount) ?? positive(awb?.charges?.freight_charges);
  return {
    chargedWeightGrams: Math.round(kg * 1000),
    chargedPaise: rupees === null ? null : Math.round(rupees * 100),
  };
}

export async function getOrderCharge(
  http: CourierHttp,
  orderId: string,
): Promise<CourierCharge | null> {
  const res = await http.request({
    endpoint: "order_show",
    method: "GET",
    path: `/orders/show/${encodeURIComponent(orderId)}`,
  });
  return readCharge(parseOrThrow(orderShowSchema, res.body, "order details"));
}
