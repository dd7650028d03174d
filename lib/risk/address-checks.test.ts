import { describe, expect, it } from "vitest";
import { checkAddress, type RiskAddress } from "./address-checks";
import { lookUpPincode } from "./pincode-directory";

const good: RiskAddress = {
  addressLine1: "Flat 402, Prestige Residency, 5th Cross",
  addressLine2: "Koramangala 4th Block",
  city: "Bengaluru",
  state: "Karnataka",
  pincode: "560034",
};
const defects = (a: Partial<RiskAddress>) =>
  checkAddress({ ...good, ...a }, lookUpPincode).map((f) => f.defect);

describe("checkAddress against India Post's directory", () => {
  it("finds nothing wrong with a full address whose pincode, city and state agree", () => {
    expect(defects({})).toEqual([]);
  });

  it("reads renamed cities and suburbs as the directory's names", () => {
    expect(defects({ city: "Bangalore" })).toEqual([]);
    expect(defects({ city: "Gurugram", state: "Haryana", pincode: "122002" })).toEqual([]);
    expect(defects({ city: "Kochi", state: "Kerala", pincode: "682024" })).toEqual([]);
    expect(defects({ city: "Guwahati", state: "Assam", pincode: "781005" })).toEqual([]);
    expect(defects({ city: "Hyderabad", state: "Telangana", pincode: "500081" })).toEqual([]);
  });

  it("flags a pincode in another state, and says where it is", () => {
    const findings = checkAddress({ ...good, state: "Tamil Nadu" }, lookUpPincode);
    expect(findings).toEqual([
      { defect: "stateMismatch", text: "Pincode 560034 is in Karnataka, not Tamil Nadu" },
    ]);
  });

  it("flags a city the pincode does not cover", () => {
    expect(defects({ city: "Mysuru" })).toEqual(["cityMismatch"]);
  });

  it("flags a pincode India Post does not have", () => {
    expect(defects({ pincode: "999999" })).toEqual(["pincodeUnknown"]);
  });

  it("flags a short address without a number or an area", () => {
    const findings = checkAddress(
      { ...good, addressLine1: "Flat", addressLine2: "Bengaluru" },
      lookUpPincode,
    );
    expect(findings.map((f) => f.defect)).toEqual(["tooShort", "noHouseNumber", "noLocality"]);
    expect(findings[0]!.text).toBe("Address is only 13 letters and digits long (under 15)");
  });

  it("accepts an area named by the pincode's post office even in one word", () => {
    expect(defects({ addressLine1: "1221 Koramangala", addressLine2: null })).toEqual([]);
  });
});
