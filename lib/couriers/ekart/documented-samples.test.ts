import { describe, expect, it } from "vitest";
import { sampleShipment } from "../contract";
import { classifyEkart, ekartReason } from "./client";
import * as doc from "./fixtures/documented-samples";
import { toEkartShipment } from "./mapper";
import { readCreated, readServiceability, readTrack } from "./read";
import * as acks from "./read-acks";

// Every answer Ekart publishes for the endpoints the adapter calls (fixtures/documented-samples,
// Ekart API Docs v3.8.8), read by the adapter. Webhook bodies: webhook.test.ts.

const answer = (status: number, endpoint: string, body: unknown) => ({
  status,
  endpoint,
  body,
  headers: new Headers(),
});

describe("Ekart's published answers, as the adapter reads them", () => {
  it("token: the placeholder answer (expires_in 0) is refused; a lifetime is honoured", () => {
    expect(() => acks.readToken(doc.tokenAnswer, 0)).toThrow(
      "Ekart token answer has no access_token or no positive expires_in",
    );
    const issued = acks.readToken({ ...doc.tokenAnswer, expires_in: 86_400 }, 1_000);
    expect(issued).toEqual({ token: "string", expiresAt: new Date(1_000 + 86_400_000) });
  });

  it("create: tracking id as AWB, barcodes as references, vendor as service", () => {
    expect(classifyEkart(answer(200, "create", doc.createAnswer))).toBeNull();
    expect(readCreated(doc.createAnswer)).toMatchObject({
      awb: "500999A3408005",
      courierOrderRef: "order_number",
      courierShipmentRef: "vendor_waybill_plain_text",
      serviceName: "XYZ",
      chargePaise: null,
      expectedDeliveryAt: null,
    });
  });

  it("create request: Packline sends only fields of Ekart's published request", () => {
    const payload = toEkartShipment(
      sampleShipment(
        { pickup: "122001", serviceable: "530017", unserviceable: "999999" },
        { sellerGstin: "27AAPFU0939F1ZV" },
      ),
    );
    const documented = Object.keys(doc.createRequest).concat("items");
    expect(Object.keys(payload).filter((k) => !documented.includes(k))).toEqual([]);
    for (const place of ["drop_location", "pickup_location", "return_location"] as const)
      expect(Object.keys(payload[place] as object).sort()).toEqual(
        Object.keys(doc.createRequest[place]).sort(),
      );
  });

  it("cancel and dispatch date: {data: [{}]} is accepted, with no remark", () => {
    expect(classifyEkart(answer(200, "cancel", doc.acknowledgementList))).toBeNull();
    expect(acks.readCancelled(doc.acknowledgementList)).toEqual({ cancelled: true, message: null });
    expect(classifyEkart(answer(200, "dispatch-date", doc.acknowledgementList))).toBeNull();
  });

  it("NDR: the acknowledgement is accepted with its remark and tracking id", () => {
    expect(classifyEkart(answer(200, "ndr", doc.acknowledgement))).toBeNull();
    expect(acks.readNdrAck(doc.acknowledgement)).toEqual({
      accepted: true,
      courierRef: "string",
      message: "string",
    });
  });

  it("track: status, NDR reason, attempts and order reference; 0 times are no times", () => {
    const update = readTrack("500999A3408005", doc.trackAnswer);
    expect(update).toEqual({
      awb: "500999A3408005",
      current: {
        status: "BOOKED",
        rawStatus: "Order Placed",
        rawCode: "Unknown Exception",
        location: "string",
        remarks: "string",
        occurredAt: null,
      },
      // the sample's only update has ctime 0: it cannot be placed in history
      scans: [],
      expectedDeliveryAt: null,
      deliveryAttempts: 0,
      chargedWeightGrams: null,
      courierOrderRef: "string",
    });
  });

  it("serviceability: every flag of the published pincode answer", () => {
    expect(readServiceability("560008", doc.pincodeAnswer)).toEqual({
      pincode: "560008",
      serviceable: true,
      cod: true,
      prepaid: true,
      pickup: true,
      reverse: true,
    });
  });

  it("rates: placeholder amounts and TATs give no quote rather than a made-up one", () => {
    for (const lanes of [doc.laneAnswerAsShown, doc.laneAnswer])
      expect(acks.readQuote(true, doc.estimateAnswer, lanes)).toMatchObject({
        serviceable: false,
        chargePaise: null,
        promisedDays: null,
        codAvailable: true,
        serviceName: "Ekart Surface (zone string)",
      });
  });

  it("manifest: number and download link", () => {
    expect(acks.readManifest(doc.manifestAnswer, false)).toEqual({
      manifestId: "0",
      manifestUrl: "string",
      pdf: null,
    });
  });

  it("address: the alias Ekart registered and its remark", () => {
    expect(acks.readAddressAck("Primary", doc.addressAnswer)).toMatchObject({
      courierLocationName: "string",
      courierLocationId: null,
      message: "string",
    });
  });

  it("error answer: Ekart's description is the reason; 4xx is the default refusal", () => {
    const refused = answer(400, "create", doc.errorAnswer);
    expect(classifyEkart(refused)).toBeNull();
    expect(ekartReason(refused)).toBe("string");
  });

  it("rate limit: 403 {forbidden} is rate_limited, not an auth failure", () => {
    const limited = answer(403, "track", doc.rateLimitAnswer);
    expect(classifyEkart(limited)).toBe("rate_limited");
    expect(ekartReason(limited)).toBe("Rate limit exceeded");
    expect(classifyEkart(answer(403, "track", doc.errorAnswer))).toBe("auth");
  });
});
