import { describe, expect, it } from "vitest";
import { carrierPolicySchema } from "./carrier-policy";
import { candidate } from "./candidate-fixture";
import { selectCarrier } from "./select-carrier";

const cheapSlow = candidate({
  accountId: "sr",
  accountName: "Shiprocket",
  chargePaise: 6_500,
  promisedDays: 6,
});
const dearFast = candidate({
  accountId: "dl",
  accountName: "Delhivery",
  chargePaise: 9_000,
  promisedDays: 2,
});
const middle = candidate({
  accountId: "ek",
  accountName: "Ekart",
  chargePaise: 7_000,
  promisedDays: 4,
  codAvailable: false,
});
const all = [cheapSlow, dearFast, middle];
const policy = (over: object = {}) => carrierPolicySchema.parse(over);

describe("selectCarrier", () => {
  it("picks the cheapest and says why, naming the runner-up", () => {
    const choice = selectCarrier(all, policy({ rule: "CHEAPEST" }), { cod: false });
    expect(choice.chosen?.accountId).toBe("sr");
    expect(choice.reason).toBe(
      "Cheapest of 3 quotes: Shiprocket ₹65.00, 6 days. Next: Ekart ₹70.00, 4 days.",
    );
  });

  it("picks the fastest, breaking ties on price", () => {
    const twin = candidate({
      accountId: "x",
      accountName: "X",
      chargePaise: 8_000,
      promisedDays: 2,
    });
    const choice = selectCarrier([...all, twin], policy({ rule: "FASTEST" }), { cod: false });
    expect(choice.chosen?.accountId).toBe("x");
  });

  it("drops couriers without COD for a COD parcel", () => {
    const choice = selectCarrier([middle], policy(), { cod: true });
    expect(choice).toEqual({
      chosen: null,
      reason: "No courier offers cash on delivery on this lane.",
    });
  });

  it("honours exclusions and says how many were excluded", () => {
    const choice = selectCarrier(all, policy({ excludedAccountIds: ["sr"] }), { cod: false });
    expect(choice.chosen?.accountId).toBe("ek");
    expect(choice.reason).toContain("1 excluded by policy.");
    const none = selectCarrier([cheapSlow], policy({ excludedAccountIds: ["sr"] }), { cod: false });
    expect(none.chosen).toBeNull();
  });

  it("lets a manual override win over exclusions, but not over serviceability", () => {
    const p = policy({ excludedAccountIds: ["dl"] });
    const choice = selectCarrier(all, p, { cod: false, overrideAccountId: "dl" });
    expect(choice).toMatchObject({
      chosen: { accountId: "dl" },
      reason: "Manual choice: Delhivery ₹90.00, 2 days.",
    });
    expect(selectCarrier(all, p, { cod: true, overrideAccountId: "ek" }).chosen).toBeNull();
  });

  it("scores measured on-time and RTO rates, so a cheap courier that fails in the zone loses", () => {
    const unreliable = {
      ...cheapSlow,
      promisedDays: 4,
      onTimeRate: 0.4,
      rtoRate: 0.35,
      samples: 200,
    };
    const reliable = {
      ...middle,
      codAvailable: true,
      onTimeRate: 0.97,
      rtoRate: 0.02,
      samples: 200,
    };
    const choice = selectCarrier([unreliable, reliable], policy({ rule: "SCORE" }), { cod: false });
    expect(choice.chosen?.accountId).toBe("ek");
    expect(choice.reason).toMatch(
      /^Best score 0\.\d\d of 2 quotes: Ekart ₹70\.00, 4 days, on time 97%, RTO 2% \(200 finished in zone 56\)\./,
    );
  });

  it("does not let a courier's first few failures in a zone outweigh its price", () => {
    const unlucky = { ...cheapSlow, promisedDays: 4, onTimeRate: 0, rtoRate: 1, samples: 1 };
    const choice = selectCarrier(
      [unlucky, { ...middle, codAvailable: true }],
      policy({ rule: "SCORE" }),
      { cod: false },
    );
    expect(choice.chosen?.accountId).toBe("sr");
  });
});
