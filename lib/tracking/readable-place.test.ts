import { describe, expect, it } from "vitest";
import { COURIER_WORDING } from "./courier-wording";
import { readablePlace } from "./readable-place";

const place = (courier: keyof typeof COURIER_WORDING, raw: string | null) =>
  readablePlace(raw, COURIER_WORDING[courier]);

describe("readablePlace", () => {
  it("reads Delhivery's facility codes as the city, and its hubs and gateways as such", () => {
    // ScannedLocation / StatusLocation values of Delhivery's published samples
    expect(place("DELHIVERY", "Amritsar_VerkaBypss_I (Punjab)")).toBe("Amritsar, Punjab");
    expect(place("DELHIVERY", "Jalandhar_QajiMandi_P (Punjab)")).toBe("Jalandhar, Punjab");
    expect(place("DELHIVERY", "Chandigarh_Raiprkln_C (Chandigarh)")).toBe("Chandigarh");
    // the hub and gateway names the sandbox uses, as Delhivery spells them
    expect(place("DELHIVERY", "Gurgaon_Bilaspur_HB (Haryana)")).toBe(
      "Gurgaon (Bilaspur hub), Haryana",
    );
    expect(place("DELHIVERY", "Delhi_Airport_GW (Delhi)")).toBe("Delhi (Airport gateway)");
    expect(place("DELHIVERY", "Vizag_Gajuwaka_DC (Andhra Pradesh)")).toBe("Vizag, Andhra Pradesh");
  });

  it("reads Shiprocket's pass-through locations, both kinds", () => {
    // Shiprocket's published webhook scans (Delhivery underneath)
    expect(place("SHIPROCKET", "Chomu_SamodRd_D (Rajasthan)")).toBe("Chomu, Rajasthan");
    expect(place("SHIPROCKET", "Hyderabad_Shamshabad_HB")).toBe("Hyderabad (Shamshabad hub)");
    // its published tracking answer (Xpressbees underneath): "hub code, CITY, STATE"
    expect(place("SHIPROCKET", "MADANPALLI, Madanapalli, ANDHRA PRADESH")).toBe(
      "Madanapalli, Andhra Pradesh",
    );
    expect(place("SHIPROCKET", "BLR/FC1, BANGALORE, KARNATAKA")).toBe("Bangalore, Karnataka");
    expect(place("SHIPROCKET", "RTO/CHD, BANGALORE, KARNATAKA")).toBe("Bangalore, Karnataka");
  });

  it("reads Ekart's hub names", () => {
    expect(place("EKART", "Bhiwandi_MotherHub")).toBe("Bhiwandi sorting hub");
    expect(place("EKART", "Gurugram_Hub")).toBe("Gurugram hub");
    expect(place("EKART", "Vizag_DeliveryHub")).toBe("Vizag");
  });

  it("leaves nothing when nothing readable is given", () => {
    // Ekart's published track_updated sample sends an empty location; Shiprocket writes "NA"
    for (const raw of ["", "NA", null, "BLR/FC1"]) expect(place("EKART", raw)).toBeNull();
  });
});
