import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { encryptJson, encryptSecret } from "@/lib/crypto/secrets";
import { db } from "@/lib/db";
import type { CourierError } from "@/lib/errors/courier-error";
import { courierMetrics } from "@/lib/observability/courier-metrics";
import { createCourierHttp } from "./courier-http";
import type { CourierAccountRef, CourierHttpConfig } from "./types";

// A courier of the test's own on loopback: each path behaves as the test sets it, and every
// arrival is recorded, so the assertions count what really reached the server.
type Behaviour = (req: IncomingMessage, res: ServerResponse, n: number) => void;
const behaviours = new Map<string, Behaviour>();
const arrivals = new Map<string, number[]>();
let server: Server;
let baseUrl: string;
let currentToken = "tok-1";
let logins = 0;

const json = (res: ServerResponse, status: number, body: unknown, headers = {}) => {
  res.writeHead(status, { "content-type": "application/json", ...headers });
  res.end(JSON.stringify(body));
};
const hits = (path: string) => arrivals.get(path)?.length ?? 0;

beforeAll(async () => {
  server = createServer((req, res) => {
    const path = new URL(req.url ?? "/", "http://x").pathname;
    const list = arrivals.get(path) ?? [];
    list.push(performance.now());
    arrivals.set(path, list);
    req.resume();
    req.on("end", () =>
      (behaviours.get(path) ?? ((_, r) => json(r, 404, {})))(req, res, list.length),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  behaviours.set("/login", (_, res) => {
    logins += 1;
    currentToken = `tok-${logins + 1}`;
    setTimeout(() => json(res, 200, { token: currentToken, expires_in: 3600 }), 50);
  });
  behaviours.set("/secure", (req, res) =>
    req.headers.authorization === `Bearer ${currentToken}`
      ? json(res, 200, { ok: true })
      : json(res, 401, { message: "Token expired" }),
  );
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

async function account(dryRun = false): Promise<CourierAccountRef> {
  const row = await db.courierAccount.create({
    data: {
      courier: "EKART",
      name: `test-${Math.random()}`,
      baseUrl,
      credentialsEncrypted: encryptJson({}),
      pickupPincode: "560001",
      dryRun,
    },
    select: { id: true, courier: true, baseUrl: true, dryRun: true },
  });
  return row;
}

const fast: CourierHttpConfig = { retry: { baseMs: 5, capMs: 20 } };

describe("courier HTTP client", () => {
  it("reports a 4xx with the courier's reason and does not retry it", async () => {
    behaviours.set("/create", (_, res) =>
      json(res, 422, { message: "Invalid drop pincode 12345" }),
    );
    const http = createCourierHttp(await account(), fast);
    const error = (await http
      .request({ endpoint: "create", method: "POST", path: "/create", body: {}, idempotent: true })
      .catch((e: unknown) => e)) as CourierError;
    expect(error.kind).toBe("rejected");
    expect(error.courierMessage).toBe("Invalid drop pincode 12345");
    expect(hits("/create")).toBe(1);
  });

  it("honours Retry-After on a 429, and an adapter's own rate-limit answer", async () => {
    behaviours.set("/busy", (_, res, n) =>
      n === 1
        ? json(res, 429, { message: "slow down" }, { "retry-after": "1" })
        : json(res, 200, { n }),
    );
    behaviours.set("/ekart-busy", (_, res, n) =>
      n === 1 ? json(res, 403, { forbidden: "Rate limit exceeded" }) : json(res, 200, { n }),
    );
    const http = createCourierHttp(await account(), {
      ...fast,
      classify: (a) =>
        a.status === 403 && (a.body as { forbidden?: string }).forbidden ? "rate_limited" : null,
    });
    const answer = await http.request<{ n: number }>({
      endpoint: "busy",
      method: "GET",
      path: "/busy",
    });
    expect(answer.body.n).toBe(2);
    const [first, second] = arrivals.get("/busy") ?? [];
    expect(second! - first!).toBeGreaterThanOrEqual(990);
    await http.request({ endpoint: "ekart", method: "POST", path: "/ekart-busy", body: {} });
    expect(hits("/ekart-busy")).toBe(2);
  });

  it("retries 5xx only for calls that are safe to repeat", async () => {
    behaviours.set("/flaky", (_, res, n) => (n < 3 ? json(res, 503, {}) : json(res, 200, { n })));
    behaviours.set("/book", (_, res) => json(res, 502, { message: "upstream" }));
    const http = createCourierHttp(await account(), fast);
    await http.request({ endpoint: "track", method: "GET", path: "/flaky" });
    expect(hits("/flaky")).toBe(3);
    const error = (await http
      .request({ endpoint: "create", method: "POST", path: "/book", body: {} })
      .catch((e: unknown) => e)) as CourierError;
    expect(error.kind).toBe("server");
    expect(hits("/book")).toBe(1);
  });

  it("times out a hanging call and retries it, then gives up", async () => {
    behaviours.set("/hang", () => undefined);
    const http = createCourierHttp(await account(), {
      ...fast,
      retry: { ...fast.retry, maxAttempts: 2 },
    });
    const error = (await http
      .request({ endpoint: "track", method: "GET", path: "/hang", timeoutMs: 150 })
      .catch((e: unknown) => e)) as CourierError;
    expect(error.kind).toBe("network");
    expect(hits("/hang")).toBe(2);
  });

  it("opens the breaker in a 5xx storm, half-opens with one probe, and recovers", async () => {
    let storm = true;
    behaviours.set("/storm", (_, res) =>
      storm ? json(res, 500, {}) : json(res, 200, { ok: true }),
    );
    const acct = await account();
    const http = createCourierHttp(acct, {
      retry: { maxAttempts: 1 },
      breaker: { failureThreshold: 3, openMs: 300 },
    });
    const call = () =>
      http.request({ endpoint: "track", method: "GET", path: "/storm" }).then(
        () => "ok",
        (e: CourierError) => e.kind,
      );
    expect([await call(), await call(), await call()]).toEqual(["server", "server", "server"]);
    expect(await call()).toBe("circuit_open");
    expect(hits("/storm")).toBe(3);
    await vi.waitFor(async () =>
      expect(
        await db.circuitBreakerState.findUnique({ where: { key: `courier:${acct.id}` } }),
      ).toMatchObject({ state: "OPEN" }),
    );
    await new Promise((resolve) => setTimeout(resolve, 320));
    expect(await call()).toBe("server"); // the probe fails: open again
    expect(await call()).toBe("circuit_open");
    storm = false;
    await new Promise((resolve) => setTimeout(resolve, 320));
    const outcomes = await Promise.all(Array.from({ length: 5 }, call));
    expect(outcomes.filter((o) => o === "ok")).toHaveLength(1);
    expect(outcomes.filter((o) => o === "circuit_open")).toHaveLength(4);
    expect(await call()).toBe("ok");
    expect(hits("/storm")).toBe(6);
    const gauge = await courierMetrics().breakerState.get();
    expect(gauge.values.find((v) => v.labels.account === acct.id)?.value).toBe(0);
  });

  it("shares an endpoint's rate limit between two clients and waits instead of failing", async () => {
    behaviours.set("/limited", (_, res) => json(res, 200, {}));
    const acct = await account();
    const limits = { track: { points: 10, durationMs: 500 } };
    const a = createCourierHttp(acct, { limits });
    const b = createCourierHttp(acct, { limits });
    await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        (i % 2 ? a : b).request({ endpoint: "track", method: "GET", path: "/limited" }),
      ),
    );
    const times = arrivals.get("/limited") ?? [];
    expect(times).toHaveLength(30);
    const most = Math.max(...times.map((t) => times.filter((u) => u >= t && u < t + 500).length));
    expect(most).toBeLessThanOrEqual(10);
  });

  it("logs in once for 20 concurrent calls with an expired token, and again once on a 401", async () => {
    const acct = await account();
    await db.courierToken.create({
      data: {
        courierAccountId: acct.id,
        tokenEncrypted: encryptSecret("old"),
        expiresAt: new Date(Date.now() - 1000),
      },
    });
    const http = createCourierHttp(acct, {
      auth: {
        headers: (t) => ({ authorization: `Bearer ${t}` }),
        fetchToken: async () => {
          const { body } = await http.request<{ token: string; expires_in: number }>({
            endpoint: "auth",
            method: "POST",
            path: "/login",
            body: {},
            auth: false,
            idempotent: true,
          });
          return { token: body.token, expiresAt: new Date(Date.now() + body.expires_in * 1000) };
        },
      },
    });
    const before = logins;
    const call = () => http.request({ endpoint: "track", method: "GET", path: "/secure" });
    await Promise.all(Array.from({ length: 20 }, call));
    expect(logins - before).toBe(1);
    currentToken = "rotated-by-courier";
    await Promise.all(Array.from({ length: 5 }, call));
    expect(logins - before).toBe(2);
    const stored = await db.courierToken.findUnique({ where: { courierAccountId: acct.id } });
    expect(stored?.expiresAt.getTime()).toBeGreaterThan(Date.now());
  });

  it("sends a dry-run account's reads to the courier and answers its writes from the hook", async () => {
    behaviours.set("/track-real", (_, res) => json(res, 200, { status: "In transit" }));
    const http = createCourierHttp(await account(true), {
      dryRun: (req) => {
        if (req.endpoint === "create") return { body: { awb: "DRYRUN0001" } };
        if (req.endpoint === "track") return { body: { status: "Booked (dry run)" } };
        return null;
      },
    });
    const booked = await http.request({
      endpoint: "create",
      method: "POST",
      path: "/create-dry",
      body: {},
    });
    expect(booked).toMatchObject({ dryRun: true, body: { awb: "DRYRUN0001" } });
    expect(booked.headers.get("x-packline-dry-run")).toBe("true");
    expect(hits("/create-dry")).toBe(0);

    const real = await http.request({ endpoint: "track", method: "GET", path: "/track-real" });
    expect(real).toMatchObject({ dryRun: false, body: { status: "In transit" } });
    expect(hits("/track-real")).toBe(1);

    // a read about a synthetic AWB would only puzzle the courier: the hook answers it
    const synthetic = await http.request({
      endpoint: "track",
      method: "GET",
      path: "/track-real",
      query: { waybill: "DRYRUN0001" },
    });
    expect(synthetic).toMatchObject({ dryRun: true, body: { status: "Booked (dry run)" } });
    expect(hits("/track-real")).toBe(1);

    await expect(
      http.request({ endpoint: "pickup", method: "POST", path: "/pickup-dry", body: {} }),
    ).rejects.toMatchObject({ kind: "unsupported" });
    expect(hits("/pickup-dry")).toBe(0);
  });
});
