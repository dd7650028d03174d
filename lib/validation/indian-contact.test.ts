import { describe, expect, it } from "vitest";
import { indianPhone, normaliseIndianPhone, pincode } from "./indian-contact";

describe("Indian phone numbers", () => {
  it.each([
    ["9876543210", "+919876543210"],
    ["098765 43210", "+919876543210"],
    ["+91 98765-43210", "+919876543210"],
    ["91 6123456789", "+916123456789"],
  ])("normalises %s", (input, expected) => {
    expect(normaliseIndianPhone(input)).toBe(expected);
  });

  it.each(["12345", "5876543210", "+1 415 555 0100", "98765432101"])("refuses %s", (input) => {
    expect(normaliseIndianPhone(input)).toBeNull();
    expect(indianPhone.safeParse(input).error?.issues[0]?.message).toMatch(
      /10-digit Indian mobile/,
    );
  });
});

describe("pincode", () => {
  it("accepts six digits not starting with 0", () => {
    expect(pincode.parse(" 560001 ")).toBe("560001");
    expect(pincode.safeParse("056001").success).toBe(false);
    expect(pincode.safeParse("56001").success).toBe(false);
  });
});
