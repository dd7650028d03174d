import { describe, expect, it } from "vitest";
import { findInvalidText, isCleanText, replaceInvalidText } from "./clean-text";

describe("clean text", () => {
  it("accepts ordinary text in any script, emoji included", () => {
    expect(isCleanText("Kurta — कुर्ता 👕 ₹449")).toBe(true);
    expect(findInvalidText({ a: ["x", { b: "y" }], n: 1, z: null })).toBeNull();
  });

  it("finds a NUL anywhere, in values and in keys", () => {
    expect(findInvalidText("a\u0000b")).toBe("");
    expect(findInvalidText({ items: [{ title: "ok" }, { title: "bad\u0000" }] })).toBe(
      "items.1.title",
    );
    expect(findInvalidText({ "k\u0000": 1 })).toBe("k\u0000");
  });

  it("finds unpaired surrogate halves but not pairs", () => {
    expect(isCleanText("\uD83D")).toBe(false);
    expect(isCleanText("\uDC55x")).toBe(false);
    expect(isCleanText("\uD83D\uDC55")).toBe(true);
  });

  it("replaces every NUL and unpaired half, keeping pairs and everything else", () => {
    expect(replaceInvalidText("a\u0000b\u0000")).toBe("a\uFFFDb\uFFFD");
    expect(replaceInvalidText("\uD83D\uDC55 \uD83D")).toBe("\uD83D\uDC55 \uFFFD");
    expect(isCleanText(replaceInvalidText("x\uDC55\u0000"))).toBe(true);
  });
});
