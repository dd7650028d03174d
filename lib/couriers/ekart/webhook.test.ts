import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import {
  EKART_SANDBOX_SIGNATURE_HEADER,
  ekartPushHeaders,
} from "@/sandbox/couriers/ekart/signature";
import * as doc from "./fixtures/documented-samples";
import { parseEkartWebhook } from "./webhook";
import { EKART_SIGNATURE_HEADER, signEkartBody } from "./webhook-signature";

// Ekart's three published push bodies (fixtures/documented-samples, POST /api/v2/webhook in Ekart
// API Docs v3.8.8), signed and read as a delivery would be.

const secret = "s3cret-hook";
const signed = (body: object, header = EKART_SIGNATURE_HEADER) => {
  const rawBody = JSON.stringify(body);
  return { headers: { [header]: signEkartBody(rawBody, secret) }, rawBody };
};

describe("Ekart webhook signature (header and scheme unpublished: see webhook-signature.ts)", () => {
  it("is the header and scheme the sandbox signs with, named there independently", () => {
    expect(EKART_SANDBOX_SIGNATURE_HEADER).toBe(EKART_SIGNATURE_HEADER);
    const rawBody = JSON.stringify(doc.trackUpdatedPush);
    const input = { headers: ekartPushHeaders(rawBody, secret), rawBody };
    expect(parseEkartWebhook(input, secret)).toHaveLength(1);
  });

  it("finds the header whatever its case, and reads a hex or base64 digest", () => {
    const rawBody = JSON.stringify(doc.trackUpdatedPush);
    const digest = createHmac("sha256", secret).update(rawBody).digest();
    for (const [name, value] of [
      ["X-Ekart-Signature", digest.toString("hex")],
      ["X-EKART-SIGNATURE", digest.toString("hex").toUpperCase()],
      [EKART_SIGNATURE_HEADER, digest.toString("base64")],
    ])
      expect(parseEkartWebhook({ headers: { [name!]: value! }, rawBody }, secret)).toHaveLength(1);
  });

  it("refuses a changed body, a missing or truncated signature, another secret and no secret", () => {
    const good = signed(doc.trackUpdatedPush);
    const tampered = { ...good, rawBody: good.rawBody.replace("Delivered", "Lost") };
    const sig = good.headers[EKART_SIGNATURE_HEADER]!;
    const cases: [Parameters<typeof parseEkartWebhook>[0], string | null][] = [
      [tampered, secret],
      [{ headers: {}, rawBody: good.rawBody }, secret],
      [{ headers: { [EKART_SIGNATURE_HEADER]: sig.slice(0, 32) }, rawBody: good.rawBody }, secret],
      [{ headers: { "x-ekart-hmac": sig }, rawBody: good.rawBody }, secret],
      [good, "another-secret"],
      [good, null],
    ];
    for (const [input, key] of cases)
      expect(() => parseEkartWebhook(input, key)).toThrow(
        expect.objectContaining({ kind: "auth" }),
      );
  });
});

describe("Ekart's published push bodies", () => {
  it("track_updated: status, time, remarks, EDD, attempts and the order reference", () => {
    const [event] = parseEkartWebhook(signed(doc.trackUpdatedPush), secret)!;
    const deliveredAt = new Date("2022-07-11T07:06:27.604Z");
    const current = {
      status: "DELIVERED",
      rawStatus: "Delivered",
      rawCode: null,
      location: null,
      remarks: "Delivered Successfully",
      occurredAt: deliveredAt,
    };
    expect(event).toEqual({
      eventId: "501346BN6838925:Delivered:1657523187604",
      update: {
        awb: "501346BN6838925",
        current,
        scans: [{ ...current, statusCoded: true, occurredAt: deliveredAt }],
        expectedDeliveryAt: new Date("2022-07-11T07:06:27.609Z"),
        deliveryAttempts: 0,
        chargedWeightGrams: null,
        courierOrderRef: "41839",
      },
    });
  });

  it("shipment_created: the tracking id the order has, with no status and no scan", () => {
    const [event] = parseEkartWebhook(signed(doc.shipmentCreatedPush), secret)!;
    expect(event).toEqual({
      eventId: "shipment:509271DS0153341:66111e20da60dcb528a11cad",
      update: {
        awb: "509271DS0153341",
        current: null,
        scans: [],
        expectedDeliveryAt: null,
        deliveryAttempts: null,
        chargedWeightGrams: null,
        courierOrderRef: "RAZNE009",
      },
    });
  });

  it("shipment_recreated: the new tracking id for the same order reference", () => {
    const [created] = parseEkartWebhook(signed(doc.shipmentCreatedPush), secret)!;
    const [recreated] = parseEkartWebhook(signed(doc.shipmentRecreatedPush), secret)!;
    expect(recreated!.update).toMatchObject({
      awb: "832504GV3486674",
      current: null,
      // the body names no earlier tracking id: the order reference is what links the two
      courierOrderRef: created!.update.courierOrderRef,
    });
    expect(recreated!.eventId).not.toBe(created!.eventId);
  });

  it("a push with a time of 0 states no time and adds no history", () => {
    const [event] = parseEkartWebhook(
      signed({ ...doc.trackUpdatedPush, ctime: 0, edd: 0 }),
      secret,
    )!;
    expect(event!.update).toMatchObject({
      current: { status: "DELIVERED", occurredAt: null },
      scans: [],
      expectedDeliveryAt: null,
    });
  });

  it("refuses a body that is not JSON or not an Ekart push, saying which", () => {
    const notJson = { headers: signed({}).headers, rawBody: "{not json" };
    notJson.headers[EKART_SIGNATURE_HEADER] = signEkartBody(notJson.rawBody, secret);
    expect(() => parseEkartWebhook(notJson, secret)).toThrow("Ekart webhook body is not JSON");
    expect(() => parseEkartWebhook(signed({ id: "X1", wbn: "W" }), secret)).toThrow(
      /neither a track_updated push .* nor a shipment push/,
    );
  });
});
