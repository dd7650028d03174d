import { describe, expect, it } from "vitest";
import { CourierError } from "@/lib/errors/courier-error";
import { classifyDelhivery, delhiveryReason } from "./client";
import * as samples from "./fixtures/documented-samples";
import {
  createReason,
  createSchema,
  istDateTime,
  parseWith,
  pincodeSchema,
  readCreated,
  readServiceability,
} from "./read";
import { DELHIVERY_DOCUMENTED_PAIRS, mapDelhiveryStatus } from "./status-map";
import { DELHIVERY_WEBHOOK_HEADER, parseDelhiveryWebhook } from "./webhook";

describe("Delhivery documented samples", () => {
  it("reads the serviceability sample: prepaid yes, COD per the cod flag, no pickup", () => {
    const served = readServiceability(
      "400064",
      parseWith(pincodeSchema, samples.pincodeServed, "pincode"),
    );
    expect(served).toEqual({
      pincode: "400064",
      serviceable: true,
      cod: true, // "cash": "Y"
      prepaid: true,
      pickup: false,
      reverse: false,
    });
    const unserved = readServiceability(
      "110008",
      parseWith(pincodeSchema, samples.pincodeUnserved, "pincode"),
    );
    expect(unserved.serviceable).toBe(false);
  });

  it("treats an Embargo remark as not serviceable", () => {
    const embargo = structuredClone(samples.pincodeServed);
    embargo.delivery_codes[0]!.postal_code.remarks = "Embargo";
    const result = readServiceability("400064", parseWith(pincodeSchema, embargo, "pincode"));
    expect(result.serviceable).toBe(false);
  });

  it("verifies and normalises the documented scan-push payload", () => {
    const rawBody = JSON.stringify(samples.scanPush);
    const [event] = parseDelhiveryWebhook(
      { headers: { [DELHIVERY_WEBHOOK_HEADER]: "s3cret" }, rawBody },
      "s3cret",
    )!;
    expect(event).toMatchObject({
      update: {
        awb: "XXXXXXXXXXXX",
        current: { status: "BOOKED", rawCode: "X-UCI", remarks: "Manifest uploaded" },
      },
    });
    expect(event!.update.scans[0]?.occurredAt.toISOString()).toBe("2019-01-09T11:40:42.767Z");
  });

  it("refuses a wrong or missing webhook token and a malformed body", () => {
    const rawBody = JSON.stringify(samples.scanPush);
    for (const headers of [{ [DELHIVERY_WEBHOOK_HEADER]: "nope" }, {}] as Record<string, string>[])
      expect(() => parseDelhiveryWebhook({ headers, rawBody }, "s3cret")).toThrow(
        expect.objectContaining({ kind: "auth" }),
      );
    const headers = { [DELHIVERY_WEBHOOK_HEADER]: "s3cret" };
    expect(() => parseDelhiveryWebhook({ headers, rawBody: "{" }, "s3cret")).toThrow(
      expect.objectContaining({ kind: "malformed" }),
    );
    expect(() => parseDelhiveryWebhook({ headers, rawBody: '{"x":1}' }, "s3cret")).toThrow(
      expect.objectContaining({ kind: "malformed" }),
    );
  });
});

describe("Delhivery status map", () => {
  it("maps every documented StatusType/Status pair", () => {
    for (const pair of DELHIVERY_DOCUMENTED_PAIRS) {
      const [statusType, status] = pair.split("/");
      expect(mapDelhiveryStatus({ statusType, status }), pair).not.toBeNull();
    }
  });

  it("tells a failed attempt, a cancelled manifest and RTO apart", () => {
    expect(mapDelhiveryStatus({ statusType: "UD", status: "Pending", nslCode: "X-IBD3F" })).toBe(
      "IN_TRANSIT",
    );
    expect(mapDelhiveryStatus({ statusType: "UD", status: "Pending", nslCode: "EOD-74" })).toBe(
      "NDR",
    );
    expect(
      mapDelhiveryStatus({
        statusType: "UD",
        status: "Manifested",
        instructions: "Seller cancelled the order",
      }),
    ).toBe("CANCELLED");
    expect(mapDelhiveryStatus({ statusType: "RT", status: "In Transit" })).toBe("RTO_IN_TRANSIT");
    expect(mapDelhiveryStatus({ statusType: "DL", status: "RTO" })).toBe("RTO_DELIVERED");
    expect(mapDelhiveryStatus({ statusType: "DL", status: "DTO" })).toBe("DELIVERED");
    expect(mapDelhiveryStatus({ statusType: "XX", status: "Teleported" })).toBeNull();
  });
});

describe("Delhivery answers", () => {
  const failed = {
    success: false,
    rmk: "",
    packages: [{ status: "Fail", waybill: "", refnum: "A1", remarks: ["Duplicate order id"] }],
  };

  it("reads a refused booking as rejected, with Delhivery's remark", () => {
    expect(createReason(parseWith(createSchema, failed, "create"))).toBe("Duplicate order id");
    expect(() => readCreated(parseWith(createSchema, failed, "create"))).toThrow(CourierError);
    const answer = { status: 200, headers: new Headers(), body: failed, endpoint: "create" };
    expect(classifyDelhivery(answer)).toBe("rejected");
    expect(delhiveryReason(answer)).toBe("Duplicate order id");
  });

  it("reads IST stamps with or without milliseconds, and keeps explicit offsets", () => {
    expect(istDateTime("2019-01-09 17:10:42.543")?.toISOString()).toBe("2019-01-09T11:40:42.543Z");
    expect(istDateTime("2026-02-05T10:00:00+05:30")?.toISOString()).toBe(
      "2026-02-05T04:30:00.000Z",
    );
    expect(istDateTime("not a date")).toBeNull();
  });
});
