import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { signEvent, verifyEventSignature } from "./sign-event";

describe("event signatures", () => {
  const at = new Date("2026-11-22T00:00:00Z");
  const body = '{"id":"evt_1","type":"OrderPlaced"}';

  it("signs t.body with HMAC-SHA256", () => {
    const t = at.getTime() / 1000;
    const v1 = createHmac("sha256", "whsec_test").update(`${t}.${body}`).digest("hex");
    expect(signEvent(body, "whsec_test", at)).toBe(`t=${t},v1=${v1}`);
  });

  it("verifies a fresh signature and refuses tampering, other secrets and old timestamps", () => {
    const header = signEvent(body, "whsec_test", at);
    expect(verifyEventSignature(body, header, "whsec_test", { now: at })).toBe(true);
    expect(verifyEventSignature(`${body} `, header, "whsec_test", { now: at })).toBe(false);
    expect(verifyEventSignature(body, header, "whsec_other", { now: at })).toBe(false);
    const later = new Date(at.getTime() + 10 * 60_000);
    expect(verifyEventSignature(body, header, "whsec_test", { now: later })).toBe(false);
    expect(verifyEventSignature(body, "garbage", "whsec_test", { now: at })).toBe(false);
  });
});
