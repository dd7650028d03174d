import { db } from "@/lib/db";
import { REFRESH_RATES_JOB } from "@/lib/jobs/queue-names";
import { defineJob } from "@/lib/jobs/registry";
import { getRateQuotes } from "./get-rate-quotes";

/** Lanes whose quotes expire within the hour and were in use in the last week get refetched. */
export async function refreshRates(): Promise<number> {
  const soon = new Date(Date.now() + 60 * 60_000);
  const lanes = await db.rateQuote.findMany({
    where: { expiresAt: { lt: soon }, fetchedAt: { gt: new Date(Date.now() - 7 * 86_400_000) } },
    distinct: ["dropPincode", "weightSlabGrams", "cod"],
    select: { dropPincode: true, weightSlabGrams: true, cod: true },
    take: 500,
  });
  for (const lane of lanes)
    await getRateQuotes({
      dropPincode: lane.dropPincode,
      weightGrams: lane.weightSlabGrams,
      cod: lane.cod,
      declaredValuePaise: 0,
      refresh: true,
    });
  return lanes.length;
}

export const refreshRatesJob = defineJob({
  name: REFRESH_RATES_JOB,
  cron: "*/30 * * * *",
  async handle() {
    await refreshRates();
  },
});
