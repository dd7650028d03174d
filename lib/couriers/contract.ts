import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CourierError } from "@/lib/errors/courier-error";
import { addDays, istToday } from "@/lib/shipping/check-ndr-request";
import type { Courier } from "./courier";
import type { ShipmentRequest, ShipmentStatus, WebhookInput } from "./types";

/**
 * What an adapter's test hands to the shared contract suite. Everything is real: the adapter is
 * pointed at a running sandbox by base URL, and the sandbox helpers call its control API.
 */
export interface CourierContractSetup {
  courier: Courier;
  /** the secret/token the adapter verifies webhooks with */
  webhookSecret: string;
  pincodes: { pickup: string; serviceable: string; unserviceable: string };
  sandbox: {
    /** where the sandbox pushes webhooks, and the secret it signs (or authenticates) them with */
    setWebhook(target: { url: string; secret: string }): Promise<void>;
    /** moves a booked shipment through its lifecycle until it reaches `to` (pushing webhooks) */
    advance(awb: string, to: ShipmentStatus): Promise<void>;
  };
  teardown?(): Promise<void>;
}

interface Receiver {
  url: string;
  received: WebhookInput[];
  close(): Promise<void>;
}

/** A tiny webhook endpoint standing in for Packline: records every push and answers 200. */
async function startReceiver(): Promise<Receiver> {
  const received: WebhookInput[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const headers: Record<string, string> = {};
      for (const [k, v] of Object.entries(req.headers)) if (typeof v === "string") headers[k] = v;
      received.push({ headers, rawBody: Buffer.concat(chunks).toString("utf8") });
      res.writeHead(200, { "content-type": "application/json" }).end('{"ok":true}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/webhook`,
    received,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

let sequence = 0;

/** A valid Packline shipment request; unique reference per call so bookings never collide. */
export function sampleShipment(
  pincodes: CourierContractSetup["pincodes"],
  overrides: Partial<ShipmentRequest> = {},
): ShipmentRequest {
  const reference = `CT${Date.now().toString(36).toUpperCase()}${++sequence}`;
  return {
    reference,
    orderNumber: reference,
    direction: "FORWARD",
    orderedAt: new Date("2026-11-20T06:30:00Z"),
    pickup: {
      name: "Packline Warehouse",
      phone: "9876543210",
      email: "ops@packline.test",
      line1: "Plot 14, Industrial Area Phase 2",
      city: "Gurugram",
      state: "Haryana",
      pincode: pincodes.pickup,
      country: "IN",
      locationName: "Primary",
    },
    drop: {
      name: "Asha Rao",
      phone: "+91 98123 45670",
      email: "asha@example.in",
      line1: "12 Beach Road, Flat 3",
      line2: "MVP Colony",
      city: "Visakhapatnam",
      state: "Andhra Pradesh",
      pincode: pincodes.serviceable,
      country: "IN",
    },
    items: [
      {
        sku: "TEE-BLK-M",
        name: "Black tee M",
        quantity: 2,
        unitPricePaise: 49_900,
        hsnCode: "6109",
      },
    ],
    parcel: { weightGrams: 750, lengthCm: 20, breadthCm: 15, heightCm: 8 },
    paymentMode: "PREPAID",
    codAmountPaise: 0,
    invoiceValuePaise: 99_800,
    sellerGstin: "06AABCP1234C1Z4",
    ...overrides,
  };
}

async function expectPdf(result: { url: string | null; pdf: Uint8Array | null }): Promise<void> {
  let bytes = result.pdf;
  if (!bytes) {
    expect(result.url, "either a PDF or a URL to one").toMatch(/^https?:\/\//);
    const res = await fetch(result.url as string);
    expect(res.status).toBe(200);
    bytes = new Uint8Array(await res.arrayBuffer());
  }
  expect(Buffer.from(bytes.subarray(0, 5)).toString("latin1")).toBe("%PDF-");
  expect(bytes.byteLength).toBeGreaterThan(500);
}

async function expectCourierError(promise: Promise<unknown>, kind: string): Promise<CourierError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(CourierError);
  expect((error as CourierError).kind).toBe(kind);
  return error as CourierError;
}

/**
 * The courier contract: every adapter passes the same suite against the sandbox over real HTTP.
 * Call it from `<courier>.contract.integration.test.ts` with a setup that builds the adapter.
 */
export function runCourierContract(name: string, setup: () => Promise<CourierContractSetup>): void {
  describe(`${name} courier contract`, () => {
    let ctx: CourierContractSetup;
    let receiver: Receiver;
    let forward: { awb: string; reference: string };

    beforeAll(async () => {
      ctx = await setup();
      receiver = await startReceiver();
      await ctx.sandbox.setWebhook({ url: receiver.url, secret: ctx.webhookSecret });
      const request = sampleShipment(ctx.pincodes);
      const booked = await ctx.courier.createShipment(request);
      forward = { awb: booked.awb, reference: request.reference };
    });

    afterAll(async () => {
      await receiver?.close();
      await ctx?.teardown?.();
    });

    it("answers serviceability for a served and an unserved pincode", async () => {
      const served = await ctx.courier.checkServiceability(ctx.pincodes.serviceable);
      expect(served).toMatchObject({ pincode: ctx.pincodes.serviceable, serviceable: true });
      const unserved = await ctx.courier.checkServiceability(ctx.pincodes.unserviceable);
      expect(unserved.serviceable).toBe(false);
    });

    it("quotes rates in paise with promised days", async () => {
      const quotes = await ctx.courier.getRates({
        pickupPincode: ctx.pincodes.pickup,
        dropPincode: ctx.pincodes.serviceable,
        weightGrams: 750,
        cod: true,
        declaredValuePaise: 99_800,
        direction: "FORWARD",
      });
      const served = quotes.filter((q) => q.serviceable);
      expect(served.length).toBeGreaterThan(0);
      for (const quote of served) {
        expect(Number.isInteger(quote.chargePaise)).toBe(true);
        expect(quote.chargePaise).toBeGreaterThan(0);
        expect(quote.promisedDays).toBeGreaterThan(0);
      }
    });

    it("books a forward shipment and finds it again by Packline's reference", async (test) => {
      expect(forward.awb).toMatch(/^[A-Za-z0-9-]{6,}$/);
      if (!ctx.courier.capabilities.trackByReference) return test.skip();
      const found = await ctx.courier.findShipmentByReference(forward.reference);
      expect(found?.awb).toBe(forward.awb);
      expect(await ctx.courier.findShipmentByReference(`NOPE${Date.now()}`)).toBeNull();
    });

    it("refuses an invalid shipment before calling the courier", async () => {
      const bad = sampleShipment(ctx.pincodes);
      bad.drop = { ...bad.drop, pincode: "12345", phone: "12" };
      const error = await expectCourierError(ctx.courier.createShipment(bad), "validation");
      expect(error.message).toMatch(/pincode/i);
      if (ctx.courier.capabilities.trackByReference)
        expect(await ctx.courier.findShipmentByReference(bad.reference)).toBeNull();
    });

    it("serves a real label PDF", async () => {
      await expectPdf(await ctx.courier.getLabel([forward.awb]));
    });

    it("schedules a pickup and manifests the shipment", async () => {
      const pickup = await ctx.courier.schedulePickup({
        awbs: [forward.awb],
        pickupDate: addDays(istToday(new Date()), 1),
        locationName: "Primary",
        expectedPackageCount: 1,
      });
      expect(pickup.scheduledFor ?? pickup.pickupToken).toBeTruthy();
      const manifest = await ctx.courier.createManifest([forward.awb]);
      await expectPdf({ url: manifest.manifestUrl, pdf: manifest.pdf });
    });

    it("tracks the shipment with canonical statuses", async () => {
      await ctx.sandbox.advance(forward.awb, "IN_TRANSIT");
      const tracking = await ctx.courier.track(forward.awb);
      expect(tracking.awb).toBe(forward.awb);
      expect(tracking.current?.status).toBe("IN_TRANSIT");
      expect(tracking.scans.length).toBeGreaterThan(0);
      for (const scan of tracking.scans) expect(scan.occurredAt.getTime()).not.toBeNaN();
      expect(tracking.scans.map((s) => s.status)).toContain("PICKED_UP");
    });

    it("books a reverse (return) shipment when capable", async (test) => {
      if (!ctx.courier.capabilities.reverse) return test.skip();
      const booked = await ctx.courier.createShipment(
        sampleShipment(ctx.pincodes, { direction: "REVERSE" }),
      );
      expect(booked.awb).toMatch(/^[A-Za-z0-9-]{6,}$/);
      expect(booked.awb).not.toBe(forward.awb);
    });

    it("takes NDR actions (re-attempt, RTO) when capable", async (test) => {
      if (!ctx.courier.capabilities.ndr) return test.skip();
      const first = await ctx.courier.createShipment(sampleShipment(ctx.pincodes));
      await ctx.sandbox.advance(first.awb, "NDR");
      expect((await ctx.courier.track(first.awb)).current?.status).toBe("NDR");
      const reattempt = await ctx.courier.ndrAction({
        kind: "REATTEMPT",
        awb: first.awb,
        // tomorrow in India, where couriers count days (UTC's tomorrow is today after 18:30 UTC)
        date: addDays(istToday(new Date()), 1),
        phone: "9812345670",
        remarks: "Customer home after 5 pm",
      });
      expect(reattempt.accepted).toBe(true);
      const second = await ctx.courier.createShipment(sampleShipment(ctx.pincodes));
      await ctx.sandbox.advance(second.awb, "NDR");
      const rto = await ctx.courier.ndrAction({ kind: "RTO", awb: second.awb, remarks: "Refused" });
      expect(rto.accepted).toBe(true);
      await ctx.sandbox.advance(second.awb, "RTO_DELIVERED");
      expect((await ctx.courier.track(second.awb)).current?.status).toBe("RTO_DELIVERED");
    });

    it("cancels a booking", async () => {
      const booked = await ctx.courier.createShipment(sampleShipment(ctx.pincodes));
      const result = await ctx.courier.cancelShipment(booked.awb);
      expect(result.cancelled).toBe(true);
      expect((await ctx.courier.track(booked.awb)).current?.status).toBe("CANCELLED");
    });

    it("verifies and normalises pushed webhooks, and rejects a wrong secret", async () => {
      const booked = await ctx.courier.createShipment(sampleShipment(ctx.pincodes));
      receiver.received.length = 0;
      await ctx.sandbox.advance(booked.awb, "OUT_FOR_DELIVERY");
      expect(receiver.received.length).toBeGreaterThan(0);
      const events = receiver.received.flatMap((input) => ctx.courier.parseWebhook(input) ?? []);
      expect(events.every((e) => e.update.awb === booked.awb)).toBe(true);
      expect(events.map((e) => e.update.current?.status)).toContain("OUT_FOR_DELIVERY");

      await ctx.sandbox.setWebhook({ url: receiver.url, secret: "not-the-configured-secret" });
      receiver.received.length = 0;
      await ctx.sandbox.advance(booked.awb, "DELIVERED");
      expect(receiver.received.length).toBeGreaterThan(0);
      for (const input of receiver.received) {
        expect(() => ctx.courier.parseWebhook(input)).toThrow(
          expect.objectContaining({ kind: "auth" }),
        );
      }
      await ctx.sandbox.setWebhook({ url: receiver.url, secret: ctx.webhookSecret });

      const malformed = { headers: receiver.received[0]!.headers, rawBody: "{not json" };
      expect(() => ctx.courier.parseWebhook(malformed)).toThrow();
    });
  });
}
