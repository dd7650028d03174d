import { describe, expect, it } from "vitest";
import { razorpaySignature, verifyRazorpaySignature } from "./verify-razorpay-signature";

// The vector published in Razorpay's own SDK tests (razorpay-node, test/utils/razorpay-utils.spec.js):
// body {"a":1,"b":2,"c":{"d":3}} with secret 123456.
const body = '{"a":1,"b":2,"c":{"d":3}}';
const secret = "123456";
const published = "2fe04e22977002e6c7cb553adab8b460cb9e2a4970d5953cb27a8472752e3bbc";

describe("Razorpay webhook signature", () => {
  it("computes the published signature", () => {
    expect(razorpaySignature(body, secret)).toBe(published);
  });

  it("accepts the published pair, upper-case hex too", () => {
    expect(verifyRazorpaySignature(body, published, secret)).toBe(true);
    expect(verifyRazorpaySignature(body, published.toUpperCase(), secret)).toBe(true);
  });

  it("rejects the published wrong signature, a changed body, a wrong secret and no signature", () => {
    expect(verifyRazorpaySignature(body, "sdfafds", secret)).toBe(false);
    expect(verifyRazorpaySignature(body.replace("3}", "4}"), published, secret)).toBe(false);
    expect(verifyRazorpaySignature(body, published, "1234567")).toBe(false);
    expect(verifyRazorpaySignature(`${body} `, published, secret)).toBe(false);
    expect(verifyRazorpaySignature(body, null, secret)).toBe(false);
  });
});
