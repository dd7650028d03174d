import { describe, expect, it } from "vitest";
import { ndrAddressProblems, reattemptDateProblem, reattemptWindow } from "./check-ndr-request";
import { ndrActionBlock, NDR_SEND_LEASE_MS } from "./ndr-rules";

// 23:30 IST on 10 March is already 10 March in India though 18:00 UTC.
const now = new Date("2026-03-10T18:00:00Z");

describe("re-attempt day", () => {
  it("is tomorrow to seven days ahead in India time", () => {
    expect(reattemptWindow(now)).toEqual({ first: "2026-03-11", last: "2026-03-17" });
    expect(reattemptDateProblem("2026-03-11", now)).toBeNull();
    expect(reattemptDateProblem("2026-03-17", now)).toBeNull();
    for (const bad of ["2026-03-10", "2026-03-18", "2026-02-30", "2026-13-01"])
      expect(reattemptDateProblem(bad, now)).toMatch(/from 2026-03-11 to 2026-03-17/);
  });
});

describe("corrected address", () => {
  it("fits Shiprocket's two lines of 190 and the others' one field", () => {
    expect(ndrAddressProblems("SHIPROCKET", { addressLine1: "a".repeat(190) })).toEqual({});
    expect(
      ndrAddressProblems("SHIPROCKET", { addressLine1: "a", landmark: "b".repeat(186) }),
    ).toEqual({
      landmark: [expect.stringMatching(/191 characters; shiprocket accepts at most 190/)],
    });
    expect(
      ndrAddressProblems("DELHIVERY", {
        addressLine1: "a".repeat(200),
        addressLine2: "b".repeat(49),
      }),
    ).toEqual({ addressLine1: [expect.stringMatching(/251 characters.* at most 250/)] });
    expect(ndrAddressProblems("EKART", { addressLine1: "a".repeat(255) })).toEqual({});
  });
});

describe("which NDR action may be sent", () => {
  const shipment = { status: "NDR" as const, statusAt: new Date("2026-03-10T10:00:00Z") };
  const at = (iso: string) => new Date(iso);
  it("allows both when nothing was asked in this failed attempt", () => {
    const older = {
      kind: "REATTEMPT" as const,
      status: "ACCEPTED",
      createdAt: at("2026-03-09T10:00:00Z"),
    };
    expect(ndrActionBlock(shipment, [older], "REATTEMPT", now)).toBeNull();
  });
  it("refuses a second send while one is in flight, until its lease runs out", () => {
    const sending = { kind: "RTO" as const, status: "REQUESTED", createdAt: now };
    expect(ndrActionBlock(shipment, [sending], "REATTEMPT", now)).toMatch(/being sent/);
    const later = new Date(now.getTime() + NDR_SEND_LEASE_MS + 1);
    expect(ndrActionBlock(shipment, [sending], "REATTEMPT", later)).toBeNull();
  });
  it("asks for a re-attempt once, allows RTO after it, and nothing after an RTO", () => {
    const reattempt = {
      kind: "REATTEMPT" as const,
      status: "ACCEPTED",
      createdAt: at("2026-03-10T11:00:00Z"),
    };
    expect(ndrActionBlock(shipment, [reattempt], "REATTEMPT", now)).toMatch(/already requested/);
    expect(ndrActionBlock(shipment, [reattempt], "RTO", now)).toBeNull();
    const failed = { ...reattempt, status: "FAILED" };
    expect(ndrActionBlock(shipment, [failed], "REATTEMPT", now)).toBeNull();
    const rto = { kind: "RTO" as const, status: "ACCEPTED", createdAt: at("2026-03-10T11:00:00Z") };
    expect(ndrActionBlock(shipment, [rto], "REATTEMPT", now)).toMatch(/on its way back/);
  });
});
