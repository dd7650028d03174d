import type { CarrierCandidate } from "./select-carrier";

/** A courier quote for the carrier-choice unit tests: ₹100, 4 days, COD, no record yet. */
export const candidate = (over: Partial<CarrierCandidate>): CarrierCandidate => ({
  accountId: "a",
  accountName: "A",
  priority: 100,
  serviceCode: null,
  serviceName: null,
  chargePaise: 10_000,
  promisedDays: 4,
  codAvailable: true,
  onTimeRate: null,
  rtoRate: null,
  samples: 0,
  basis: "in zone 56",
  ...over,
});
