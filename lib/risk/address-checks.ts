import { ADDRESS_LOGIT, MIN_ADDRESS_CHARACTERS } from "./risk-weights";
import type { PincodeDirectory } from "./pincode-directory";
import { cityKey, cityMatches, stateKey, stateMatches } from "./place-names";

export interface RiskAddress {
  addressLine1: string;
  addressLine2?: string | null;
  landmark?: string | null;
  city: string;
  state: string;
  pincode: string;
}

export type AddressDefect = keyof typeof ADDRESS_LOGIT;

export interface AddressFinding {
  defect: AddressDefect;
  text: string;
}

// Words that say where in a building or what kind of line it is, not which area: an address of
// only these and a number has no locality.
const NOT_A_LOCALITY = new Set([
  "house",
  "flat",
  "floor",
  "no",
  "number",
  "plot",
  "door",
  "room",
  "block",
  "building",
  "bldg",
  "apt",
  "apartment",
  "near",
  "opp",
  "opposite",
  "behind",
  "beside",
  "the",
  "and",
  "of",
  "ground",
  "first",
  "second",
  "third",
  "wing",
  "tower",
  "unit",
  "shop",
]);

const compact = (s: string) => s.replace(/[^A-Za-z0-9]/g, "");
const letters = (s: string) => s.toLowerCase().replace(/[^a-z]/g, "");

/**
 * What is wrong with an address, checked against India Post's directory: each finding names the
 * defect and says it in a sentence ops can act on.
 */
export function checkAddress(address: RiskAddress, directory: PincodeDirectory): AddressFinding[] {
  const findings: AddressFinding[] = [];
  const lines = [address.addressLine1, address.addressLine2 ?? ""].join(" ");
  const length = compact(lines).length;
  if (length < MIN_ADDRESS_CHARACTERS)
    findings.push({
      defect: "tooShort",
      text: `Address is only ${length} letters and digits long (under ${MIN_ADDRESS_CHARACTERS})`,
    });
  if (!/[0-9]/.test(lines))
    findings.push({ defect: "noHouseNumber", text: "Address has no house or flat number" });
  const entry = directory(address.pincode);
  if (!hasLocality(address, entry?.postOffices ?? []))
    findings.push({ defect: "noLocality", text: "Address names no street or area" });
  if (!entry) {
    findings.push({
      defect: "pincodeUnknown",
      text: `Pincode ${address.pincode} is not in India Post's directory`,
    });
    return findings;
  }
  if (!stateMatches(address.state, entry.states))
    findings.push({
      defect: "stateMismatch",
      text: `Pincode ${address.pincode} is in ${entry.states.join(" / ")}, not ${address.state}`,
    });
  else if (
    !cityMatches(address.city, [...entry.districts, ...entry.divisions, ...entry.postOffices])
  )
    findings.push({
      defect: "cityMismatch",
      text: `Pincode ${address.pincode} is in ${entry.districts.join(" / ")} district, not ${address.city}`,
    });
  return findings;
}

/**
 * A locality: one of the pincode's post office names appears in the address, or the lines and
 * landmark hold two words besides building words, the city and the state ("12, MG Road" has
 * "mg road"; "Flat 4, Bengaluru" has none).
 */
function hasLocality(address: RiskAddress, postOffices: string[]): boolean {
  const text = [address.addressLine1, address.addressLine2 ?? "", address.landmark ?? ""].join(" ");
  const joined = letters(text);
  if (postOffices.some((p) => letters(p).length >= 4 && joined.includes(letters(p)))) return true;
  const place = new Set([cityKey(address.city), stateKey(address.state), letters(address.city)]);
  const words = text
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter((w) => w.length >= 2 && !NOT_A_LOCALITY.has(w) && !place.has(cityKey(w)));
  return words.length >= 2;
}
