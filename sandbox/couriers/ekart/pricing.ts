import * as doc from "@/lib/couriers/ekart/fixtures/documented-samples";
import { fromSample } from "./payloads";

// The sandbox Ekart's rate card and its two answers, built from Ekart's published samples
// (POST /data/pricing/estimate and POST /data/v3/serviceability, Ekart API Docs v3.8.8): every
// amount a rupee string with two decimals, as Ekart writes them.

const GST = 0.18;
const FUEL = 0.1;
const rupees = (n: number) => n.toFixed(2);

interface Price {
  freight: number;
  fuel: number;
  cod: number;
  tax: number;
  total: number;
}

/** ₹40 plus ₹25 a started 500 g, 10 % fuel surcharge, COD 1.5 % (at least ₹30), 18 % GST. */
function price(weightGrams: number, codRupees: number): Price {
  const freight = 40 + Math.ceil(Math.max(1, weightGrams) / 500) * 25;
  const fuel = freight * FUEL;
  const cod = codRupees > 0 ? Math.max(30, codRupees * 0.015) : 0;
  const tax = (freight + fuel + cod) * GST;
  return { freight, fuel, cod, tax, total: freight + fuel + cod + tax };
}

export function estimateAnswer(body: {
  weight?: unknown;
  codAmount?: unknown;
  dropPincode?: unknown;
}) {
  const weight = Number(body.weight ?? 500);
  const slabGrams = Math.ceil(Math.max(1, weight) / 500) * 500;
  const p = price(weight, Number(body.codAmount) || 0);
  return fromSample(doc.estimateAnswer, {
    zone: String(body.dropPincode ?? "").startsWith("5") ? "C" : "D",
    volumetricWeight: rupees(slabGrams),
    billingWeight: rupees(slabGrams),
    shippingCharge: rupees(p.freight),
    rtoCharge: rupees(p.freight + p.fuel),
    fuelSurcharge: rupees(p.fuel),
    codCharge: rupees(p.cod),
    qcCharge: "0.00",
    taxes: rupees(p.tax),
    total: rupees(p.total),
    rid: `RID-${Date.now()}`,
    rSnapshotId: "SNAP-SANDBOX",
  });
}

/** One courier group serving the lane, with the forward, RTO and reverse charges Ekart lists. */
export function laneAnswer(body: { weight?: unknown; codAmount?: unknown }) {
  const p = price(Number(body.weight ?? 500), Number(body.codAmount) || 0);
  const rto = price(Number(body.weight ?? 500), 0);
  return [
    fromSample(doc.laneAnswer[0]!, {
      tat: { min: 2, max: 4 },
      courierGroup: "EKART",
      forwardDeliveredCharges: {
        forwardFreight: rupees(p.freight),
        forwardFuelSurcharge: rupees(p.fuel),
        codCharges: rupees(p.cod),
        deliveredTotalTax: rupees(p.tax),
        totalForwardDeliveredEstimate: rupees(p.total),
      },
      rtoDeliveredCharges: {
        forwardFreight: rupees(rto.freight),
        rtoFreight: rupees(rto.freight),
        forwardFuelSurcharge: rupees(rto.fuel),
        rtoFuelSurcharge: rupees(rto.fuel),
        rtoDeliveredTotalTax: rupees(2 * rto.tax),
        totalRTODeliveredEstimate: rupees(2 * rto.total),
      },
      reverseDeliveredCharges: {
        reverseFreight: rupees(rto.freight * 1.2),
        reverseFuelSurcharge: rupees(rto.fuel * 1.2),
        reverseTotalTax: rupees(rto.tax * 1.2),
        totalReverseDeliveredCharges: rupees(rto.total * 1.2),
      },
    }),
  ];
}
