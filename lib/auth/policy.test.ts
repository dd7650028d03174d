import { describe, expect, it } from "vitest";
import { allows, PERMISSIONS, ROUTE_POLICY } from "./policy";

// The rules a change to the policy table must not break without someone meaning to.
describe("the access policy", () => {
  it("keeps the admin screens and APIs to admins", () => {
    expect(PERMISSIONS.admin).toEqual(["ADMIN"]);
    const adminRoutes = Object.entries(ROUTE_POLICY).filter(([key]) => key.includes("/api/admin/"));
    expect(adminRoutes.length).toBeGreaterThan(10);
    for (const [key, rule] of adminRoutes) expect(rule, key).toBe("admin");
  });

  it("keeps customers' order data from the floor roles", () => {
    for (const role of ["PICKER", "PACKER"] as const) {
      expect(allows("orders", role)).toBe(false);
      expect(allows("shipping", role)).toBe(false);
      expect(allows("incidents", role)).toBe(false);
    }
    expect(ROUTE_POLICY["GET /api/orders/[id]"]).toBe("orders");
  });

  it("gives pickers picking only and packers packing, booking, receiving and the dock only", () => {
    const of = (role: "PICKER" | "PACKER") =>
      Object.keys(PERMISSIONS).filter((p) => allows(p as keyof typeof PERMISSIONS, role));
    expect(of("PICKER")).toEqual(["picking"]);
    expect(of("PACKER")).toEqual(["packing", "booking", "dispatch", "receiving"]);
  });

  // The first admin's set-up is public: its one-time link is the credential.
  // The customer's return form proves the order is theirs with its phone, under the tracking limit.
  it("leaves only health and ping, sign-in, first-admin set-up, tracking (with the store's logo and the return form) and the buyer's signed fix-delivery and COD confirmation links public, and webhooks to machines", () => {
    const open = Object.entries(ROUTE_POLICY).filter(([, rule]) => rule === "public");
    expect(open.map(([key]) => key).sort()).toEqual([
      "GET /api/auth/[...nextauth]",
      "GET /api/health",
      "GET /api/ping",
      "GET /api/store/logo",
      "GET /api/track/[awb]",
      "GET /track",
      "GET /track/[awb]",
      "GET /track/[awb]/return",
      "POST /api/auth/[...nextauth]",
      "POST /api/cod-confirmations/[token]",
      "POST /api/fix-delivery/[token]",
      "POST /api/setup",
      "POST /api/track/[awb]/return",
    ]);
    for (const [key, rule] of Object.entries(ROUTE_POLICY))
      if (key.includes("/api/webhooks/")) expect(rule, key).toBe("webhook");
  });
});
