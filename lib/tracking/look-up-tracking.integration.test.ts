import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it } from "vitest";
import { GET } from "@/app/api/track/[awb]/route";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { createOrderWithLines } from "@/lib/testing/floor-fixtures";
import { MISS_COST, TRACKING_POINTS_PER_MINUTE, lookUpTracking } from "./look-up-tracking";

const AWB = "TRK0000000001";

beforeAll(async () => {
  const order = await createOrderWithLines("PL-TRACK-1", 60, [], {
    status: "SHIPPED",
    totalPaise: 10_000,
    unitPricePaise: 10_000,
  });
  await db.shipment.create({
    data: {
      orderId: order.id,
      idempotencyKey: `${order.id}:forward`,
      awb: AWB,
      status: "IN_TRANSIT",
    },
  });
});

async function told(awb: string, client: string): Promise<"found" | "missing" | "limited"> {
  try {
    await lookUpTracking({ awb, client });
    return "found";
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") return "missing";
    if (error instanceof AppError && error.code === "RATE_LIMITED") return "limited";
    throw error;
  }
}

async function times(n: number, awb: string, client: string) {
  const out = [];
  for (let i = 0; i < n; i++) out.push(await told(awb, client));
  return out;
}

describe("public tracking look-ups per client", () => {
  it("lets a customer reload their own parcel once a second for a minute", async () => {
    expect(await times(TRACKING_POINTS_PER_MINUTE, AWB, "10.7.0.1")).toEqual(
      Array(TRACKING_POINTS_PER_MINUTE).fill("found"),
    );
    expect(await told(AWB, "10.7.0.1")).toBe("limited");
  });

  it("stops guessing after a handful of unknown numbers, found ones included", async () => {
    const misses = TRACKING_POINTS_PER_MINUTE / MISS_COST;
    const guesses = await Promise.all(
      Array.from({ length: misses }, (_, i) => told(`GUESS${1000 + i}`, "10.7.0.2")),
    );
    expect(guesses).toEqual(Array(misses).fill("missing"));
    expect(await told("GUESS9999", "10.7.0.2")).toBe("limited");
    expect(await told(AWB, "10.7.0.2")).toBe("limited");
    expect(await told(AWB, "10.7.0.3")).toBe("found");
  });

  it("answers a limited client 429 problem+json with Retry-After", async () => {
    const get = () =>
      GET(
        new NextRequest(`http://localhost/api/track/${AWB}`, {
          headers: { "x-forwarded-for": "10.7.0.4" },
        }),
        { params: Promise.resolve({ awb: "NOSUCHAWB1" }) },
      );
    for (let i = 0; i < TRACKING_POINTS_PER_MINUTE / MISS_COST; i++) {
      expect((await get()).status).toBe(404);
    }
    const res = await get();
    expect(res.status).toBe(429);
    expect(res.headers.get("content-type")).toContain("application/problem+json");
    expect(Number(res.headers.get("retry-after"))).toBeGreaterThan(0);
    expect((await res.json()).detail).toBe(
      "Too many look-ups from your connection; try again in a minute.",
    );
  });
});
