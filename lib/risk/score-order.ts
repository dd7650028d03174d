import { checkAddress, type RiskAddress } from "./address-checks";
import type { PincodeDirectory } from "./pincode-directory";
import type { PlaceHistory, RiskHistory, Tally } from "./risk-history";
import {
  ADDRESS_LOGIT,
  COD_LOGIT,
  COD_VALUE_STEPS,
  PREPAID_LOGIT,
  PRIOR_RTO_RATE,
  RETURN_LOGIT,
  RETURNS_COUNTED,
  SMOOTHING,
} from "./risk-weights";

export interface RiskOrder extends RiskAddress {
  paymentMethod: "COD" | "PREPAID";
  totalPaise: number;
}

/** One reason: a sentence with its numbers, and how far it moved the log-odds (+ raises risk). */
export interface RiskReason {
  code: string;
  text: string;
  weight: number;
}

export interface RiskScore {
  score: number;
  reasons: RiskReason[];
}

const logit = (p: number) => Math.log(p / (1 - p));
const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));
/** Smoothed rate: K pseudo-parcels at the rate one level up (see SMOOTHING). */
const smooth = (t: Tally, above: number, k: number) => (t.rto + k * above) / (t.finished + k);
const percent = (p: number) => `${Math.round(p * 100)} %`;
const rupees = (paise: number) => `₹${(paise / 100).toLocaleString("en-IN")}`;
const round2 = (x: number) => Math.round(x * 100) / 100;

const count = (n: number) => n.toLocaleString("en-IN");

function cameBack(t: Tally, detail = ""): string {
  return `${count(t.rto)} of ${count(t.finished)} parcel${t.finished === 1 ? "" : "s"} came back (${percent(t.rto / t.finished)}${detail})`;
}

function courierBreakdown(place: PlaceHistory): string {
  if (place.byCourier.size < 2) return "";
  const parts = [...place.byCourier]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(
      ([courier, t]) =>
        `${courier.charAt(0)}${courier.slice(1).toLowerCase()} ${t.rto} of ${t.finished}`,
    );
  return `; ${parts.join(", ")}`;
}

/**
 * The RTO risk of one order: the chance in per cent that its parcel comes back, with the reasons
 * that moved it. Pure: the history and the directory are given, so the live scorer and the
 * backtest score alike and a test can pin every number.
 */
export function scoreOrder(
  order: RiskOrder,
  history: RiskHistory,
  directory: PincodeDirectory,
): RiskScore {
  const reasons: RiskReason[] = [];
  const base = smooth(history.merchant, PRIOR_RTO_RATE, SMOOTHING.merchant);
  let x = logit(base);
  const add = (code: string, text: string, weight: number) => {
    x += weight;
    reasons.push({ code, text, weight: round2(weight) });
  };
  reasons.push({
    code: "base",
    text:
      history.merchant.finished > 0
        ? `Base rate: ${cameBack(history.merchant)} so far`
        : `Base rate: no finished parcels yet, assumed ${percent(PRIOR_RTO_RATE)}`,
    weight: 0,
  });

  // The pincode's rate is smoothed towards its city's, the city's towards the merchant's.
  const { pincode, city } = history;
  const cityRate = smooth(city.tally, base, SMOOTHING.place);
  const pinRate = smooth(pincode.tally, cityRate, SMOOTHING.place);
  if (pincode.tally.finished > 0 || city.tally.finished > 0) {
    const pinText =
      pincode.tally.finished > 0
        ? `Pincode ${order.pincode}: ${cameBack(pincode.tally, courierBreakdown(pincode))}`
        : `Pincode ${order.pincode}: no finished parcels yet`;
    const cityText = city.tally.finished > 0 ? `; ${order.city}: ${cameBack(city.tally)}` : "";
    add("place", `${pinText}${cityText}`, logit(pinRate) - logit(base));
  }

  const { buyer } = history;
  if (buyer.parcels.finished > 0) {
    const buyerRate = smooth(buyer.parcels, base, SMOOTHING.buyer);
    add(
      "buyer",
      `Buyer (same phone or e-mail): ${cameBack(buyer.parcels)} of ${buyer.orders} earlier order${buyer.orders === 1 ? "" : "s"}`,
      logit(buyerRate) - logit(base),
    );
  } else if (buyer.orders === 0) {
    reasons.push({ code: "buyer", text: "First order from this phone and e-mail", weight: 0 });
  }
  if (buyer.returns > 0)
    add(
      "returns",
      `Buyer returned ${buyer.returns} earlier order${buyer.returns === 1 ? "" : "s"}`,
      RETURN_LOGIT * Math.min(buyer.returns, RETURNS_COUNTED),
    );

  if (order.paymentMethod === "COD") {
    add("payment", "Cash on delivery", COD_LOGIT);
    const step = COD_VALUE_STEPS.find((s) => order.totalPaise > s.abovePaise);
    if (step)
      add(
        "value",
        `Cash on delivery of ${rupees(order.totalPaise)} (above ${rupees(step.abovePaise)})`,
        step.logit,
      );
  } else {
    add("payment", "Prepaid", PREPAID_LOGIT);
  }

  for (const finding of checkAddress(order, directory))
    add(`address.${finding.defect}`, finding.text, ADDRESS_LOGIT[finding.defect]);

  const score = Math.min(100, Math.max(0, Math.round(sigmoid(x) * 100)));
  reasons.sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight));
  return { score, reasons };
}
