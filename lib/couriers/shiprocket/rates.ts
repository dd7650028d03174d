import { CourierError } from "@/lib/errors/courier-error";
import type { CourierHttp } from "../http/types";
import type { RateQuoteResult, RateRequest, ServiceabilityResult } from "../types";
import { parseOrThrow, serviceabilitySchema, toRateQuotes } from "./parse";
import { checkPincode, gramsToKg, paiseToRupees } from "./validate";

/** GET courier/serviceability: the couriers serving a lane, with rates and ETAs. */
export async function quoteLane(http: CourierHttp, rate: RateRequest): Promise<RateQuoteResult[]> {
  const res = await http
    .request({
      endpoint: "serviceability",
      method: "GET",
      path: "/courier/serviceability",
      query: {
        pickup_postcode: checkPincode(rate.pickupPincode, "Pickup"),
        delivery_postcode: checkPincode(rate.dropPincode, "Drop"),
        weight: gramsToKg(rate.weightGrams),
        cod: rate.cod ? 1 : 0,
        declared_value: Math.ceil(paiseToRupees(rate.declaredValuePaise)),
        is_return: rate.direction === "REVERSE" ? 1 : 0,
      },
    })
    .catch((error: unknown) => {
      // No courier for the lane is an answer, not a failure: published as HTTP 200 carrying
      // `status: 404` (read by toRateQuotes as no couriers), and seen as a plain HTTP 404 too.
      if (error instanceof CourierError && error.status === 404)
        return { body: { data: undefined } };
      throw error;
    });
  return toRateQuotes(parseOrThrow(serviceabilitySchema, res.body, "serviceability"));
}

/** A pincode's service from the pickup pincode: a forward COD lane and a reverse lane, 500 g. */
export async function checkPincodeService(
  http: CourierHttp,
  pickupPincode: string,
  pincode: string,
): Promise<ServiceabilityResult> {
  const lane = {
    pickupPincode,
    dropPincode: pincode,
    weightGrams: 500,
    declaredValuePaise: 100_000,
  };
  const [forward, reverse] = await Promise.all([
    quoteLane(http, { ...lane, cod: true, direction: "FORWARD" }),
    quoteLane(http, { ...lane, cod: false, direction: "REVERSE" }),
  ]);
  return {
    pincode,
    serviceable: forward.length > 0,
    cod: forward.some((q) => q.codAvailable),
    prepaid: forward.length > 0,
    pickup: reverse.length > 0,
    reverse: reverse.length > 0,
  };
}
