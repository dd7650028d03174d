import { z } from "zod";
import { db } from "@/lib/db";

/** The admin's carrier-choice rule, stored in the Setting "shipping.carrier_policy". */
export const CARRIER_POLICY_KEY = "shipping.carrier_policy";

export const carrierPolicySchema = z.object({
  /** BEST_RECORD: fewest RTOs, then most on time, where the parcel goes (carrier rules' "best record") */
  rule: z.enum(["CHEAPEST", "FASTEST", "SCORE", "BEST_RECORD"]).default("CHEAPEST"),
  /** courier accounts never chosen automatically (a manual override still may) */
  excludedAccountIds: z.array(z.string()).default([]),
  /** SCORE only: relative weights, normalised at use */
  weights: z
    .object({
      cost: z.number().min(0).max(1),
      speed: z.number().min(0).max(1),
      onTime: z.number().min(0).max(1),
      rto: z.number().min(0).max(1),
    })
    .default({ cost: 0.4, speed: 0.25, onTime: 0.2, rto: 0.15 }),
});

export type CarrierPolicy = z.infer<typeof carrierPolicySchema>;

export async function readCarrierPolicy(): Promise<CarrierPolicy> {
  const row = await db.setting.findUnique({
    where: { key: CARRIER_POLICY_KEY },
    select: { value: true },
  });
  const parsed = carrierPolicySchema.safeParse(row?.value ?? {});
  return parsed.success ? parsed.data : carrierPolicySchema.parse({});
}
