import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { decryptSecret, encryptSecret } from "./secrets";

const key = randomBytes(32);

describe("secrets at rest", () => {
  it("round-trips and never repeats a ciphertext", () => {
    const a = encryptSecret("shiprocket-password", key);
    expect(decryptSecret(a, key)).toBe("shiprocket-password");
    expect(encryptSecret("shiprocket-password", key)).not.toBe(a);
    expect(a).not.toContain("shiprocket");
  });

  it("refuses a tampered or foreign ciphertext", () => {
    const sealed = encryptSecret("token", key);
    const tampered = sealed.slice(0, -2) + (sealed.endsWith("A") ? "BB" : "AA");
    expect(() => decryptSecret(tampered, key)).toThrow();
    expect(() => decryptSecret(sealed, randomBytes(32))).toThrow();
    expect(() => decryptSecret("plain", key)).toThrow(/Unreadable/);
  });
});
