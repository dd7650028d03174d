import { describe, expect, it } from "vitest";
import { zoneOf, zoneOfDistricts } from "./zone";

describe("zoneOf", () => {
  it("puts one sorting district in CITY", () => {
    expect(zoneOf("560001", "560103")).toBe("CITY");
    expect(zoneOf("560001", "560001")).toBe("CITY");
  });
  it("puts one postal circle in STATE", () => {
    expect(zoneOf("560001", "563101")).toBe("STATE");
    // Karnataka spans 56–59: Mysuru is the same state but another circle range
    expect(zoneOf("560001", "570001")).toBe("REGION");
  });
  it("puts one postal region in REGION", () => {
    expect(zoneOf("560001", "500001")).toBe("REGION");
    expect(zoneOf("560001", "600001")).toBe("REST");
  });
  it("puts everything else in REST", () => {
    expect(zoneOf("560001", "110001")).toBe("REST");
    expect(zoneOf("110001", "560001")).toBe("REST");
  });
  it("ignores surrounding spaces (Char(6) columns) and refuses what is not a pincode", () => {
    expect(zoneOf(" 560001", "560002 ")).toBe("CITY");
    expect(zoneOf("56000", "560001")).toBeNull();
    expect(zoneOf("560001", "060001")).toBeNull();
    expect(zoneOf("56000A", "560001")).toBeNull();
  });
});

describe("zoneOfDistricts", () => {
  it("reads the same rule from the first three digits", () => {
    expect(zoneOfDistricts("560", "560")).toBe("CITY");
    expect(zoneOfDistricts("560", "563")).toBe("STATE");
    expect(zoneOfDistricts("560", "500")).toBe("REGION");
    expect(zoneOfDistricts("560", "110")).toBe("REST");
    expect(zoneOfDistricts("56", "560")).toBeNull();
  });
});
