import { describe, expect, it } from "vitest";
import {
  carrierRulesDocument,
  type CarrierRuleConditions,
  type CarrierRules,
} from "@/lib/validation/carrier-rules";
import { allocateCarrier, conditionsHold, matchRule, type ParcelFacts } from "./allocate-carrier";
import { carrierPolicySchema } from "./carrier-policy";
import { describeRule, zoneRuns } from "./describe-carrier-rule";
import { candidate } from "./candidate-fixture";
import type { CarrierCandidate } from "./select-carrier";

const anything: CarrierRuleConditions = {
  payment: "ANY",
  minWeightGrams: null,
  maxWeightGrams: null,
  zones: [],
  pincodes: [],
  minValuePaise: null,
  maxValuePaise: null,
  minRiskScore: null,
};
const parcel = (over: Partial<ParcelFacts> = {}): ParcelFacts => ({
  cod: true,
  weightGrams: 2_500,
  dropPincode: "420101",
  valuePaise: 150_000,
  riskScore: null,
  ...over,
});
const quote = (accountId: string, over: Partial<CarrierCandidate> = {}) =>
  candidate({ accountId, accountName: accountId.toUpperCase(), basis: "in zone 42", ...over });
const policy = carrierPolicySchema.parse({});
const codHeavyWest = {
  ...anything,
  payment: "COD" as const,
  minWeightGrams: 2_000,
  zones: ["40", "41", "42", "43", "44"],
};
const doc = (rules: CarrierRules["rules"]): CarrierRules =>
  carrierRulesDocument.parse({
    rules,
    otherwise: { kind: "POLICY", policy: "CHEAPEST", accountIds: [] },
  });

describe("conditionsHold", () => {
  it("matches each condition on its own, bounds inclusive", () => {
    expect(conditionsHold(codHeavyWest, parcel())).toBe(true);
    expect(conditionsHold(codHeavyWest, parcel({ cod: false }))).toBe(false);
    expect(conditionsHold(codHeavyWest, parcel({ weightGrams: 1_999 }))).toBe(false);
    expect(conditionsHold(codHeavyWest, parcel({ weightGrams: 2_000 }))).toBe(true);
    expect(conditionsHold(codHeavyWest, parcel({ dropPincode: "450001" }))).toBe(false);
    const value = { ...anything, minValuePaise: 100_000, maxValuePaise: 200_000 };
    expect(conditionsHold(value, parcel({ valuePaise: 200_000 }))).toBe(true);
    expect(conditionsHold(value, parcel({ valuePaise: 200_001 }))).toBe(false);
    expect(conditionsHold({ ...anything, payment: "PREPAID" }, parcel())).toBe(false);
  });

  it("takes zones and pincodes together as where the parcel may go", () => {
    const where = { ...anything, zones: ["56"], pincodes: ["110001"] };
    expect(conditionsHold(where, parcel({ dropPincode: "560034" }))).toBe(true);
    expect(conditionsHold(where, parcel({ dropPincode: "110001" }))).toBe(true);
    expect(conditionsHold(where, parcel({ dropPincode: "110002" }))).toBe(false);
  });

  it("never matches an unscored order on a risk threshold", () => {
    const risky = { ...anything, minRiskScore: 70 };
    expect(conditionsHold(risky, parcel({ riskScore: null }))).toBe(false);
    expect(conditionsHold(risky, parcel({ riskScore: 69 }))).toBe(false);
    expect(conditionsHold(risky, parcel({ riskScore: 70 }))).toBe(true);
  });
});

describe("matchRule", () => {
  const rules = doc([
    {
      name: "Risky",
      conditions: { ...anything, minRiskScore: 80 },
      action: { kind: "PREFER", accountIds: ["dl"] },
    },
    {
      name: "COD west",
      conditions: codHeavyWest,
      action: { kind: "PREFER", accountIds: ["ek", "sr"] },
    },
    {
      name: "All COD",
      conditions: { ...anything, payment: "COD" },
      action: { kind: "PREFER", accountIds: ["sr"] },
    },
  ]);

  it("lets the first matching rule win, in the admin's order", () => {
    expect(matchRule(rules, parcel()).position).toBe(2);
    expect(matchRule(rules, parcel({ riskScore: 85 })).position).toBe(1);
    expect(matchRule(rules, parcel({ weightGrams: 500 })).position).toBe(3);
  });

  it("falls to the default when no rule matches", () => {
    expect(matchRule(rules, parcel({ cod: false }))).toEqual({
      position: null,
      name: null,
      action: { kind: "POLICY", policy: "CHEAPEST", accountIds: [] },
    });
  });
});

describe("allocateCarrier", () => {
  const quotes = [
    quote("sr", { chargePaise: 6_000 }),
    quote("sr", { chargePaise: 5_000, serviceName: "Surface" }),
    quote("dl", {
      chargePaise: 9_000,
      rtoRate: 0.04,
      onTimeRate: 0.95,
      samples: 300,
      basis: "to pincode 420101",
    }),
    quote("ek", { chargePaise: 7_000, codAvailable: false }),
  ];

  it("tries a preference in order, leaving out accounts that cannot take the parcel", () => {
    const rules = doc([
      {
        name: "West",
        conditions: codHeavyWest,
        action: { kind: "PREFER", accountIds: ["ek", "dl", "sr"] },
      },
    ]);
    const a = allocateCarrier(rules, parcel(), quotes, policy);
    // Ekart has no COD on this lane; Shiprocket by its cheapest service.
    expect(a.ranked.map((c) => [c.accountId, c.chargePaise])).toEqual([
      ["dl", 9_000],
      ["sr", 5_000],
    ]);
    expect(a.reason).toBe(
      "Rule 1 (West), preference 2 of 3: DL ₹90.00, 4 days, on time 95%, RTO 4% (300 finished to pincode 420101). If it refuses: SR.",
    );
  });

  it("ranks the allowed accounts by best record, one quote per account", () => {
    const rules = doc([
      {
        name: "Record",
        conditions: anything,
        action: { kind: "POLICY", policy: "BEST_RECORD", accountIds: [] },
      },
    ]);
    const bad = quote("xx", { chargePaise: 4_000, rtoRate: 0.3, onTimeRate: 0.6, samples: 200 });
    const a = allocateCarrier(rules, parcel(), [...quotes, bad], policy);
    expect(a.ranked.map((c) => c.accountId)).toEqual(["dl", "sr", "xx"]);
    expect(a.reason).toMatch(/^Rule 1 \(Record\), best record of 3: DL/);
  });

  it("limits a policy to the accounts the rule allows, and says when none can take it", () => {
    const only = doc([
      {
        name: "Ekart",
        conditions: anything,
        action: { kind: "POLICY", policy: "CHEAPEST", accountIds: ["ek"] },
      },
    ]);
    expect(allocateCarrier(only, parcel(), quotes, policy)).toEqual({
      ranked: [],
      reason:
        "Rule 1 (Ekart): none of its courier accounts can take this parcel on this lane with cash on delivery.",
    });
    const prepaid = allocateCarrier(only, parcel({ cod: false }), quotes, policy);
    expect(prepaid.ranked.map((c) => c.accountId)).toEqual(["ek"]);
  });

  it("uses the default when nothing matches", () => {
    const a = allocateCarrier(doc([]), parcel(), quotes, policy);
    expect(a.ranked.map((c) => c.accountId)).toEqual(["sr", "dl"]);
    expect(a.reason).toMatch(/^No rule matched, so the default, cheapest of 2: SR Surface ₹50\.00/);
  });
});

describe("describeRule", () => {
  const names = new Map([
    ["dl", "Delhivery"],
    ["sr", "Shiprocket"],
  ]);

  it("explains a rule as the admin sees it", () => {
    expect(
      describeRule(
        2,
        { conditions: codHeavyWest, action: { kind: "PREFER", accountIds: ["dl", "sr"] } },
        names,
      ),
    ).toBe(
      "Rule 2 matches COD parcels weighing 2 kg or more to zones 40–44 and tries Delhivery, then Shiprocket.",
    );
    expect(
      describeRule(
        1,
        {
          conditions: {
            ...anything,
            minValuePaise: 50_000,
            maxValuePaise: 500_000,
            pincodes: ["110001"],
            minRiskScore: 70,
          },
          action: { kind: "POLICY", policy: "BEST_RECORD", accountIds: [] },
        },
        names,
      ),
    ).toBe(
      "Rule 1 matches parcels worth ₹500–₹5,000 to pincode 110001 with an RTO risk score of 70 or more and takes the best delivery record of every active courier, then the next by the same measure.",
    );
  });

  it("folds runs of zones", () => {
    expect(zoneRuns(["44", "40", "41", "42", "560", "50"])).toBe("40–42, 44, 50, 560");
  });
});
