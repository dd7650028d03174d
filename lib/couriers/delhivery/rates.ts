import { isPincode } from "../field-checks";
import type * as T from "../types";
import { invalid, type DelhiveryCall } from "./client";
import * as read from "./read";

/** Surface charges from the invoice-charges API, with the lane's TAT from the expected-TAT API. */
export async function fetchDelhiveryRates(
  call: DelhiveryCall,
  request: T.RateRequest,
): Promise<T.RateQuoteResult[]> {
  if (!isPincode(request.pickupPincode) || !isPincode(request.dropPincode))
    throw invalid("rates need 6-digit pickup and drop pincodes");
  if (!(request.weightGrams >= 1)) throw invalid("rates need a weight of at least 1 gram");
  const [charges, tat] = await Promise.all([
    call({
      endpoint: "charges",
      method: "GET",
      path: "/api/kinko/v1/invoice/charges/.json",
      query: {
        md: "S",
        ss: request.direction === "REVERSE" ? "DTO" : "Delivered",
        o_pin: request.pickupPincode,
        d_pin: request.dropPincode,
        cgm: Math.ceil(request.weightGrams),
        pt: request.cod ? "COD" : "Pre-paid",
      },
    }),
    call<{ data?: { tat?: unknown }; tat?: unknown }>({
      endpoint: "tat",
      method: "GET",
      path: "/api/dc/expected_tat",
      query: {
        origin_pin: request.pickupPincode,
        destination_pin: request.dropPincode,
        mot: "S",
      },
    }),
  ]);
  const quote = read.parseWith(read.chargesSchema, charges.body, "charges")[0];
  const days = Number(tat.body?.data?.tat ?? tat.body?.tat);
  const charge = quote ? read.rupeesToPaise(quote.total_amount) : null;
  return [
    {
      serviceable: charge !== null && charge > 0,
      serviceCode: "S",
      serviceName: `Delhivery Surface${quote?.zone ? ` (zone ${quote.zone})` : ""}`,
      chargePaise: charge,
      promisedDays: Number.isFinite(days) && days > 0 ? Math.ceil(days) : null,
      codAvailable: request.cod && charge !== null,
      raw: { charges: charges.body, tat: tat.body },
    },
  ];
}
