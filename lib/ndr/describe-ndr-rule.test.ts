import { describe, expect, it } from "vitest";
import { describeNdrRule, ndrRuleScope } from "./describe-ndr-rule";

describe("describeNdrRule", () => {
  it("says what the job does for a COD refusal rule", () => {
    expect(
      describeNdrRule({
        paymentMethod: "COD",
        reasonContains: "refused",
        waitHours: 24,
        maxAttempts: 2,
      }),
    ).toBe(
      "COD parcels whose courier reason mentions 'refused': after 24 h without an answer, re-attempt until 2 attempts, then return to origin.",
    );
  });

  it("returns at once when one attempt is all the rule allows, for any parcel", () => {
    const rule = { paymentMethod: null, reasonContains: null, waitHours: 48, maxAttempts: 1 };
    expect(describeNdrRule(rule)).toBe(
      "COD and prepaid parcels with any courier reason: after 48 h without an answer, return to origin.",
    );
    expect(ndrRuleScope(rule)).toBe("All parcels, any reason");
  });
});
