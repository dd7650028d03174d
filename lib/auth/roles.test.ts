import { describe, expect, it } from "vitest";
import { AREAS, LANDING, areasFor, isRole } from "./roles";

describe("roles", () => {
  it("lands every role on a screen it may open", () => {
    for (const [role, href] of Object.entries(LANDING)) {
      expect(areasFor(role as keyof typeof LANDING).map((a) => a.href)).toContain(href);
    }
  });

  it("keeps admin to admins and the floor away from ops screens", () => {
    expect(AREAS.admin.roles).toEqual(["ADMIN"]);
    expect(areasFor("PICKER").map((a) => a.href)).toEqual(["/pick", "/pick/waves"]);
    expect(areasFor("PACKER").map((a) => a.href)).toEqual(["/pack", "/receive", "/dispatch"]);
  });

  it("recognises only real roles", () => {
    expect(isRole("OPS")).toBe(true);
    expect(isRole("ops")).toBe(false);
    expect(isRole(undefined)).toBe(false);
  });
});
