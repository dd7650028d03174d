// The scorer's constants, each with why it has its value. The score is the estimated chance, in
// per cent, that the parcel comes back (RTO): a base rate turned into log-odds, plus one term per
// signal, turned back into a probability. Terms measured on Packline's own history (the pincode,
// the city, the buyer) are differences of smoothed log-odds; the others are fixed weights here,
// each an odds ratio whose source is given. A log-odds term of 0.69 doubles the odds.

/**
 * The RTO rate assumed before Packline has finished parcels of its own: Indian D2C merchants
 * commonly report 10–15 % of forward parcels coming back across COD and prepaid together.
 */
export const PRIOR_RTO_RATE = 0.12;

/**
 * Smoothing, as pseudo-parcels at the rate one level up (pincode → city → merchant → prior):
 * rate = (came back + K × rate above) / (finished + K). With few parcels the rate stays near the
 * level above; once a place has many more than K parcels its own rate speaks. K = 50 for the
 * merchant (a new account should not swing on its first dozen parcels), 10 for a pincode or city
 * (a pincode that returned 6 of 14 reads as ~31 % against a 12 % base, not as 43 %), 2 for a
 * buyer (the same person: two earlier RTOs out of two is already telling).
 */
export const SMOOTHING = { merchant: 50, place: 10, buyer: 2 } as const;

/**
 * COD against prepaid: COD parcels come back roughly three times as often (odds ratio ~3.3)
 * in published Indian e-commerce figures (COD RTO 20–30 %, prepaid 5–8 %). The base rate mixes
 * both, so each side moves half of that in log-odds: ±ln(3.3)/2 ≈ ±0.6.
 */
export const COD_LOGIT = 0.6;
export const PREPAID_LOGIT = -0.6;

/**
 * High-value COD: more is at stake for a buyer who changes their mind at the door, and couriers
 * report more refusals above a few thousand rupees. Two steps, in paise.
 */
export const COD_VALUE_STEPS = [
  { abovePaise: 750_000, logit: 0.5 },
  { abovePaise: 300_000, logit: 0.25 },
] as const;

/** Each earlier customer return of the buyer (not an RTO): a buyer who sends goods back. */
export const RETURN_LOGIT = 0.3;
/** Beyond three returns the buyer's own RTO record says more than the count. */
export const RETURNS_COUNTED = 3;

/**
 * Address quality. Couriers' NDR reasons are dominated by "address incomplete / not found"; an
 * address the courier cannot find ends as RTO after the attempts. The weights are ranked by how
 * surely the defect stops delivery: a pincode India Post does not know cannot be routed (×3.3),
 * a state that does not hold the pincode is a wrong address (×2.2), a city that does not match
 * is often only a spelling or a suburb (×1.6); a missing house number or locality makes the last
 * mile ask around (×1.6, ×1.35).
 */
export const ADDRESS_LOGIT = {
  pincodeUnknown: 1.2,
  stateMismatch: 0.8,
  cityMismatch: 0.5,
  tooShort: 0.5,
  noHouseNumber: 0.5,
  noLocality: 0.3,
} as const;

/** Fewer letters and digits than this in the address lines cannot hold house, street and area. */
export const MIN_ADDRESS_CHARACTERS = 15;

/** Bands on the score (per cent chance of RTO): above twice the usual rate is high. */
export const BANDS = { medium: 20, high: 40 } as const;
