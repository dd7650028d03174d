import { describe, expect, it } from "vitest";
import { maskPii } from "./mask";

describe("maskPii", () => {
  it("masks phones and emails inside free text", () => {
    expect(maskPii("call +91 9876543210 or mail priya.sharma@example.in")).toBe(
      "call 9*****3210 or mail p***@e***.in",
    );
  });

  it("redacts address and secret fields whatever they contain", () => {
    const out = maskPii({
      addressLine1: "12 MG Road",
      password: "hunter2",
      city: "Pune",
    }) as Record<string, string>;
    expect(out).toEqual({ addressLine1: "[redacted]", password: "[redacted]", city: "Pune" });
  });

  it("masks phone-named fields even when not in Indian mobile format", () => {
    expect(maskPii({ customerPhone: "022-26543210" })).toEqual({ customerPhone: "*******3210" });
  });

  it("walks nested objects, arrays and errors", () => {
    const out = maskPii({
      orders: [{ customerEmail: "a.b@c.com" }],
      error: new Error("bad phone 9876543210"),
    });
    expect(out).toEqual({
      orders: [{ customerEmail: "a***@c***.com" }],
      error: { name: "Error", message: "bad phone 9*****3210" },
    });
  });

  it("leaves numbers and order numbers alone", () => {
    expect(maskPii({ totalPaise: 49900, number: "PL-100001" })).toEqual({
      totalPaise: 49900,
      number: "PL-100001",
    });
  });
});
