import { describe, expect, it } from "vitest";
import { parseScaleWeight } from "./parse-scale-weight";

describe("parseScaleWeight", () => {
  it.each([
    ["1.250 kg", 1250],
    ["1.25kg", 1250],
    ["0.4 KG", 400],
    ["1250 g", 1250],
    ["1250g", 1250],
    ["1,250 g", 1250],
    ["1250", 1250],
    [" 1250 \n", 1250],
    ["1.250", 1250],
    ["1,25 kg", 1250],
    ["0.0005 kg", 1],
    ["812 gms", 812],
  ])("reads %j as %i g", (raw, grams) => {
    expect(parseScaleWeight(raw)).toEqual({ ok: true, grams });
  });

  it.each([
    ["", "is not a weight"],
    ["abc", "is not a weight"],
    ["-5 g", "is not a weight"],
    ["12 lb", "is not a weight"],
    ["0 g", "at least 1 g"],
    ["0.0001 kg", "at least 1 g"],
    ["125012501250", "more than a parcel weighs"],
    ["150 kg", "more than a parcel weighs"],
  ])("refuses %j with a sentence", (raw, text) => {
    const reading = parseScaleWeight(raw);
    expect(reading.ok).toBe(false);
    if (!reading.ok) expect(reading.message).toContain(text);
  });
});
