import { describe, expect, it } from "vitest";
import { carrierRule } from "@/lib/validation/carrier-rules";
import { expandZones, toFields, toRule } from "./carrier-rule-form";

describe("the carrier rule form", () => {
  it("expands zone ranges of one length and keeps anything else for the schema to judge", () => {
    expect(expandZones("40-42, 560;44")).toEqual(["40", "41", "42", "560", "44"]);
    expect(expandZones("4-44")).toEqual(["4-44"]);
  });

  it("takes rupees as typed and stores paise, and reads them back as rupees", () => {
    const fields = {
      ...toFields(null, "dl"),
      name: "Dear COD",
      payment: "COD" as const,
      minValue: "₹1,500.50",
      maxValue: "",
      minWeight: "2000",
    };
    const rule = carrierRule.parse(toRule(fields));
    expect(rule.conditions).toMatchObject({
      payment: "COD",
      minValuePaise: 150_050,
      maxValuePaise: null,
      minWeightGrams: 2000,
    });
    expect(rule.action).toEqual({ kind: "PREFER", accountIds: ["dl"] });
    expect(toFields(rule, null).minValue).toBe("1500.5");
  });

  it("leaves a mistyped number for the schema, which names the field", () => {
    const parsed = carrierRule.safeParse(
      toRule({ ...toFields(null, "dl"), name: "x", minRisk: "high" }),
    );
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.path).toEqual(["conditions", "minRiskScore"]);
  });
});
