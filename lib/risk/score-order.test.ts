import { describe, expect, it } from "vitest";
import type { PincodeDirectory } from "./pincode-directory";
import { emptyPlace, type RiskHistory, type Tally } from "./risk-history";
import { scoreOrder, type RiskOrder } from "./score-order";

// A directory of one pincode, so these tests pin the scorer's arithmetic, not the data file.
const directory: PincodeDirectory = (pin) =>
  pin === "841226"
    ? {
        states: ["Bihar"],
        districts: ["Siwan"],
        divisions: ["Siwan"],
        postOffices: ["Maharajganj"],
      }
    : null;

const order: RiskOrder = {
  addressLine1: "House 12, Ward 4, Station Road",
  addressLine2: "Maharajganj Bazar",
  city: "Siwan",
  state: "Bihar",
  pincode: "841226",
  paymentMethod: "PREPAID",
  totalPaise: 99_900,
};
const tally = (rto: number, finished: number): Tally => ({ rto, finished });
const history = (over: Partial<RiskHistory> = {}): RiskHistory => ({
  merchant: tally(0, 0),
  pincode: emptyPlace(),
  city: emptyPlace(),
  buyer: { orders: 0, parcels: tally(0, 0), returns: 0 },
  ...over,
});
const logit = (p: number) => Math.log(p / (1 - p));
const pct = (x: number) => Math.round(100 / (1 + Math.exp(-x)));

describe("scoreOrder", () => {
  it("scores a clean prepaid order with no history at the prior less the prepaid weight", () => {
    const { score, reasons } = scoreOrder(order, history(), directory);
    expect(score).toBe(pct(logit(0.12) - 0.6));
    expect(score).toBe(7);
    expect(reasons.map((r) => r.code)).toEqual(["payment", "base", "buyer"]);
  });

  it("adds the COD weight, and the value step above ₹7,500", () => {
    const cod = scoreOrder({ ...order, paymentMethod: "COD" }, history(), directory);
    expect(cod.score).toBe(pct(logit(0.12) + 0.6));
    const dear = scoreOrder(
      { ...order, paymentMethod: "COD", totalPaise: 800_000 },
      history(),
      directory,
    );
    expect(dear.score).toBe(pct(logit(0.12) + 0.6 + 0.5));
    expect(dear.reasons[0]!.text).toBe("Cash on delivery");
    expect(dear.reasons.find((r) => r.code === "value")!.text).toBe(
      "Cash on delivery of ₹8,000 (above ₹7,500)",
    );
  });

  it("smooths a pincode's rate towards its city's and the city's towards the merchant's", () => {
    const pincode = emptyPlace();
    pincode.tally = tally(6, 14);
    pincode.byCourier.set("DELHIVERY", tally(5, 8));
    pincode.byCourier.set("EKART", tally(1, 6));
    const city = emptyPlace();
    city.tally = tally(9, 30);
    const merchant = tally(150, 1450);
    const { score, reasons } = scoreOrder(order, history({ merchant, pincode, city }), directory);
    const base = (150 + 50 * 0.12) / (1450 + 50);
    const cityRate = (9 + 10 * base) / (30 + 10);
    const pinRate = (6 + 10 * cityRate) / (14 + 10);
    expect(score).toBe(pct(logit(pinRate) - 0.6));
    expect(reasons.find((r) => r.code === "place")!.text).toBe(
      "Pincode 841226: 6 of 14 parcels came back (43 %; Delhivery 5 of 8, Ekart 1 of 6); Siwan: 9 of 30 parcels came back (30 %)",
    );
    expect(reasons.find((r) => r.code === "base")!.text).toBe(
      "Base rate: 150 of 1,450 parcels came back (10 %) so far",
    );
  });

  it("raises a buyer whose earlier parcels came back and lowers one whose were delivered", () => {
    const risky = scoreOrder(
      order,
      history({ buyer: { orders: 3, parcels: tally(2, 2), returns: 1 } }),
      directory,
    );
    const loyal = scoreOrder(
      order,
      history({ buyer: { orders: 6, parcels: tally(0, 6), returns: 0 } }),
      directory,
    );
    const fresh = scoreOrder(order, history(), directory);
    expect(risky.score).toBeGreaterThan(fresh.score);
    expect(loyal.score).toBeLessThan(fresh.score);
    expect(risky.reasons.map((r) => r.text)).toContain(
      "Buyer (same phone or e-mail): 2 of 2 parcels came back (100 %) of 3 earlier orders",
    );
    expect(risky.reasons.map((r) => r.text)).toContain("Buyer returned 1 earlier order");
    // (2 + 2 × 0.12) / (2 + 2) = 0.56 for the buyer, + 0.3 for the return, − 0.6 prepaid
    expect(risky.score).toBe(pct(logit(0.56) + 0.3 - 0.6));
  });

  it("adds each address defect's weight with its sentence", () => {
    const { score, reasons } = scoreOrder(
      { ...order, state: "Uttar Pradesh", addressLine1: "Near temple", addressLine2: null },
      history(),
      directory,
    );
    expect(reasons.filter((r) => r.code.startsWith("address.")).map((r) => r.text)).toEqual([
      "Pincode 841226 is in Bihar, not Uttar Pradesh",
      "Address is only 10 letters and digits long (under 15)",
      "Address has no house or flat number",
      "Address names no street or area",
    ]);
    expect(score).toBe(pct(logit(0.12) - 0.6 + 0.8 + 0.5 + 0.5 + 0.3));
  });

  it("stays within 0–100 however many signals pile up", () => {
    const bad = scoreOrder(
      {
        ...order,
        paymentMethod: "COD",
        totalPaise: 2_000_000,
        pincode: "111111",
        addressLine1: "x",
      },
      history({ buyer: { orders: 9, parcels: tally(9, 9), returns: 9 } }),
      directory,
    );
    expect(bad.score).toBeLessThanOrEqual(100);
    expect(bad.score).toBeGreaterThan(90);
  });
});
