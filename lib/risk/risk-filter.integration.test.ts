import { beforeAll, describe, expect, it } from "vitest";
import { listOrders } from "@/lib/orders/list-orders";
import { createFixtureOrder } from "@/lib/orders/order-fixtures";
import { listOrdersQuery } from "@/lib/validation/order";

const numbers = async (raw: Record<string, string>) =>
  (await listOrders(listOrdersQuery.parse(raw))).items.map((o) => o.number).sort();

beforeAll(async () => {
  for (const [number, score] of [
    ["R-LOW", 5],
    ["R-MED-EDGE", 20],
    ["R-MED", 39],
    ["R-HIGH", 40],
    ["R-TOP", 97],
  ] as const)
    await createFixtureOrder({ number, rtoRiskScore: score });
  await createFixtureOrder({ number: "R-NONE" });
});

describe("the order list's risk filter", () => {
  it("lists the orders of one band, each with its score, and never an unscored one", async () => {
    expect(await numbers({ risk: "high" })).toEqual(["R-HIGH", "R-TOP"]);
    expect(await numbers({ risk: "medium" })).toEqual(["R-MED", "R-MED-EDGE"]);
    expect(await numbers({ risk: "low" })).toEqual(["R-LOW"]);
    const all = await listOrders(listOrdersQuery.parse({}));
    const scores = new Map(all.items.map((o) => [o.number, o.riskScore]));
    expect(scores.get("R-TOP")).toBe(97);
    expect(scores.get("R-NONE")).toBeNull();
  });

  it("refuses a band it does not know, with a sentence", () => {
    const parsed = listOrdersQuery.safeParse({ risk: "extreme" });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toBe("Risk is low, medium or high.");
  });
});
