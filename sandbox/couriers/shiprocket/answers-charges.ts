import { sandboxChargedGrams, sandboxFreightRupees } from "../shared/billing";
import type { SrShipment } from "./store";

// GET /orders/show/{order_id}: the part of Shiprocket's published "Get Specific Order Details"
// answer Packline reads (awb_data, with the shipment's declared size), as the published sample
// prints it: kg and rupees as text, "" until the courier has weighed the parcel (its "System
// weight captured" scan, X-DWS). The charge is the one the sandbox bills (../shared/billing.ts).

const kgText = (grams: number) => (grams / 1000).toFixed(2);

export function orderShowAnswer(s: SrShipment) {
  const [length, breadth, height] = ["length", "breadth", "height"].map((k) =>
    Number(s.body[k] ?? 0),
  );
  const declaredGrams = Math.round(Number(s.body.weight ?? 0) * 1000);
  const box =
    length! > 0 && breadth! > 0 && height! > 0
      ? { lengthCm: length!, breadthCm: breadth!, heightCm: height! }
      : null;
  const weighed = s.awb !== null && s.scans.some((x) => x.status === "X-DWS");
  const charged = weighed ? sandboxChargedGrams({ awb: s.awb!, declaredGrams, box }) : null;
  const amount = charged === null ? "" : sandboxFreightRupees(charged).toFixed(2);
  const weight = charged === null ? "" : kgText(charged);
  return {
    data: {
      id: s.orderId,
      channel_order_id: s.channelOrderId,
      shipments: {
        id: s.shipmentId,
        awb: s.awb,
        weight: Number(s.body.weight ?? 0),
        length,
        breadth,
        height,
      },
      awb_data: {
        awb: s.awb ?? "",
        applied_weight: kgText(declaredGrams),
        charged_weight: weight,
        billed_weight: weight,
        charges: {
          applied_weight: kgText(declaredGrams),
          charged_weight: weight,
          charged_weight_amount: amount,
          freight_charges: amount,
        },
      },
    },
  };
}
