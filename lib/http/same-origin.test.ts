import { NextRequest } from "next/server";
import { afterEach, describe, expect, it, vi } from "vitest";

async function check(headers: Record<string, string>, nextAuthUrl?: string) {
  vi.resetModules();
  vi.stubEnv("DATABASE_URL", "postgresql://u:p@127.0.0.1:5432/db");
  vi.stubEnv("NEXTAUTH_SECRET", "x".repeat(40));
  vi.stubEnv("PACKLINE_ENCRYPTION_KEY", Buffer.alloc(32, 1).toString("base64"));
  if (nextAuthUrl) vi.stubEnv("NEXTAUTH_URL", nextAuthUrl);
  const { assertSameOrigin } = await import("./same-origin");
  const req = new NextRequest("http://packline.local:3000/api/orders/1/notes", {
    method: "POST",
    headers: { host: "packline.local:3000", ...headers },
  });
  try {
    assertSameOrigin(req);
    return "allowed";
  } catch (error) {
    return (error as { code?: string }).code;
  }
}

describe("assertSameOrigin", () => {
  afterEach(() => vi.unstubAllEnvs());

  it("believes the browser's Sec-Fetch-Site first", async () => {
    expect(await check({ "sec-fetch-site": "same-origin" })).toBe("allowed");
    expect(
      await check({ "sec-fetch-site": "same-site", origin: "http://packline.local:3000" }),
    ).toBe("CROSS_SITE");
    expect(await check({ "sec-fetch-site": "cross-site" })).toBe("CROSS_SITE");
  });

  it("otherwise wants an Origin equal to the host it was reached at or NEXTAUTH_URL", async () => {
    expect(await check({ origin: "http://packline.local:3000" })).toBe("allowed");
    expect(await check({ origin: "https://evil.example" })).toBe("CROSS_SITE");
    expect(await check({ origin: "null" })).toBe("CROSS_SITE");
    expect(await check({ origin: "https://ops.shop.in" }, "https://ops.shop.in")).toBe("allowed");
    expect(
      await check({
        origin: "https://ops.shop.in",
        "x-forwarded-host": "ops.shop.in",
        "x-forwarded-proto": "https",
      }),
    ).toBe("allowed");
  });

  it("refuses a mutation that carries neither header", async () => {
    expect(await check({})).toBe("CROSS_SITE");
  });
});
