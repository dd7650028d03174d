import { describe, expect, it } from "vitest";
import { safeNext } from "./safe-next";

describe("safeNext", () => {
  it.each([
    ["/orders", "/orders"],
    ["/orders/abc?tab=notes#history", "/orders/abc?tab=notes#history"],
    ["/orders?q=a%2Fb", "/orders?q=a%2Fb"],
    ["/search?q=50%25 off", "/search?q=50%25%20off"],
    ["/pick/../admin", "/admin"],
    ["/orders/%E0%A4%A", "/orders/%E0%A4%A"],
  ])("keeps the same-site path %j", (next, expected) => {
    expect(safeNext(next)).toBe(expected);
  });

  it.each([
    ["//evil.example"],
    ["///evil.example"],
    ["/\\evil.example"],
    ["\\\\evil.example"],
    ["/\\/evil.example"],
    ["/orders\\..\\..\\evil"],
    ["/\t/evil.example"],
    ["/\n/evil.example"],
    ["/\r\n/evil.example"],
    ["\u0000/orders"],
    ["/orders\u0085"],
    [" /orders"],
    ["https://evil.example/orders"],
    ["http:/evil.example"],
    ["javascript:alert(1)"],
    ["data:text/html,hi"],
    ["evil.example"],
    ["orders"],
    ["%2F%2Fevil.example"],
    ["/%2F/evil.example"],
    ["/%5Cevil.example"],
    ["/%09/evil.example"],
    ["/%252F%252Fevil.example"],
    ["/%25255Cevil.example"],
    ["/.//evil.example"],
    ["/a/..//evil.example"],
    ["/%2E//evil.example"],
    ["/./%2F/evil.example"],
    [""],
    ["/" + "a".repeat(3000)],
  ])("refuses %j", (next) => {
    expect(safeNext(next)).toBe("/");
  });

  it("refuses what is not one string", () => {
    expect(safeNext(undefined)).toBe("/");
    expect(safeNext(["/orders", "//evil.example"])).toBe("/");
    expect(safeNext(null, "/pick")).toBe("/pick");
  });
});
