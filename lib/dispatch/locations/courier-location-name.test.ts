import { describe, expect, it } from "vitest";
import { pickupLocationBody } from "@/lib/validation/pickup-location";
import { courierLocationName } from "./courier-location-name";

describe("the name a location registers under", () => {
  it("is its name, then a versioned name within Shiprocket's 36 characters", () => {
    expect(courierLocationName("Bengaluru WH", 1)).toBe("Bengaluru WH");
    expect(courierLocationName("Bengaluru WH", 2)).toBe("Bengaluru WH v2");
    const long = "A".repeat(36);
    expect(courierLocationName(long, 12)).toHaveLength(36);
    expect(courierLocationName(long, 12).endsWith(" v12")).toBe(true);
  });
});

describe("opening hours", () => {
  const base = {
    name: "WH",
    line1: "1 Road",
    city: "Pune",
    state: "MH",
    pincode: "411001",
    contactName: "A",
    contactPhone: "9876543210",
    contactEmail: "a@b.in",
    gstin: "",
  };
  it("need a day open, and close after they open", () => {
    expect(pickupLocationBody.safeParse({ ...base, openingHours: {} }).success).toBe(false);
    const late = pickupLocationBody.safeParse({
      ...base,
      openingHours: { MON: { open: "18:00", close: "09:00" } },
    });
    expect(late.error?.issues[0]?.message).toMatch(/closing time must be after its opening/);
    const ok = pickupLocationBody.parse({
      ...base,
      openingHours: { MON: { open: "09:30", close: "18:30" } },
    });
    expect(ok.gstin).toBeNull();
  });
});
