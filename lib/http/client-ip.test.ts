import { afterEach, describe, expect, it, vi } from "vitest";

async function clientIpWith(proxies: number) {
  vi.resetModules();
  vi.stubEnv("TRUSTED_PROXIES", String(proxies));
  vi.stubEnv("DATABASE_URL", "postgresql://u:p@127.0.0.1:5432/db");
  vi.stubEnv("NEXTAUTH_SECRET", "x".repeat(40));
  vi.stubEnv("PACKLINE_ENCRYPTION_KEY", Buffer.alloc(32, 1).toString("base64"));
  return (await import("./client-ip")).clientIp;
}

const headers = (xff?: string) => new Headers(xff ? { "x-forwarded-for": xff } : {});

describe("clientIp", () => {
  afterEach(() => vi.unstubAllEnvs());

  it("takes the socket's address the web process appends when nothing is in front", async () => {
    const clientIp = await clientIpWith(0);
    expect(clientIp(headers("::ffff:10.1.2.3"))).toBe("10.1.2.3");
    expect(clientIp(headers("6.6.6.6, 10.1.2.3"))).toBe("10.1.2.3");
    expect(clientIp(headers("2001:db8::1"))).toBe("2001:db8::1");
    expect(clientIp(headers())).toBe("unknown");
  });

  it("behind proxies, believes only the entry the outermost trusted proxy wrote", async () => {
    // the last entry is the proxy the web process saw connect
    const oneProxy = await clientIpWith(1);
    expect(oneProxy(headers("6.6.6.6, 203.0.113.9, 10.0.0.1"))).toBe("203.0.113.9");
    const twoProxies = await clientIpWith(2);
    expect(twoProxies(headers("6.6.6.6, 203.0.113.9, 10.0.0.2, 10.0.0.1"))).toBe("203.0.113.9");
    expect(twoProxies(headers("10.0.0.2, 10.0.0.1"))).toBe("unknown");
  });

  it("refuses anything that is not an address", async () => {
    const clientIp = await clientIpWith(0);
    expect(clientIp(headers("evil, <script>"))).toBe("unknown");
    expect(clientIp(headers("1.2.3.4:5678"))).toBe("unknown");
  });
});
