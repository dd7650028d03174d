import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { buyerNdrLinkPath, shipmentOfBuyerNdrToken } from "./buyer-link";

beforeAll(() => {
  vi.stubEnv("DATABASE_URL", "postgresql://u:p@127.0.0.1:5432/db");
  vi.stubEnv("NEXTAUTH_SECRET", "x".repeat(40));
  vi.stubEnv("PACKLINE_ENCRYPTION_KEY", Buffer.alloc(32, 1).toString("base64"));
});
afterAll(() => vi.unstubAllEnvs());

const NOW = new Date("2026-12-06T10:00:00Z");
const tokenOf = (path: string) => path.replace("/fix-delivery/", "");

describe("a buyer's link to fix a failed delivery", () => {
  it("names its shipment until it expires a week later", () => {
    const token = tokenOf(buyerNdrLinkPath("cmshipment123", NOW));
    expect(shipmentOfBuyerNdrToken(token, NOW)).toBe("cmshipment123");
    expect(shipmentOfBuyerNdrToken(token, new Date("2026-12-13T09:59:00Z"))).toBe("cmshipment123");
    expect(shipmentOfBuyerNdrToken(token, new Date("2026-12-13T10:00:01Z"))).toBeNull();
  });

  it("refuses a token pointed at another shipment, a damaged one and garbage", () => {
    const token = tokenOf(buyerNdrLinkPath("cmshipment123", NOW));
    const [, mac] = token.split(".");
    const other = `${Buffer.from("cmshipment999.9999999999").toString("base64url")}.${mac}`;
    expect(shipmentOfBuyerNdrToken(other, NOW)).toBeNull();
    expect(shipmentOfBuyerNdrToken(`${token}x`, NOW)).toBeNull();
    for (const junk of ["", ".", "a.b.c", "%00", token.split(".")[0]!])
      expect(shipmentOfBuyerNdrToken(junk, NOW)).toBeNull();
  });
});
