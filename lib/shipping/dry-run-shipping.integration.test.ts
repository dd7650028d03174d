import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getCourierForAccount } from "@/lib/couriers/registry";
import { db } from "@/lib/db";
import type { CourierCode } from "@/lib/generated/prisma/enums";
import { cancelOrder } from "@/lib/orders/cancel-order";
import { createFixtureUser, setFulfilmentFlag } from "@/lib/orders/order-fixtures";
import {
  createOrderWithBooking,
  createPackedOrder,
  createSandboxCourierAccount,
  SANDBOX_PINCODES,
} from "@/lib/testing/courier-fixtures";
import { createRegisteredLocation } from "@/lib/testing/registered-location";
import { pdfText } from "@/lib/testing/pdf-text";
import { control, startSandbox } from "@/lib/testing/start-sandbox";
import { bookShipment } from "./book-shipment";
import { getShipmentLabel } from "./get-shipment-label";
import { getRateQuotes } from "./rates/get-rate-quotes";
import { trackDueShipments } from "./track-due-shipments";

// A dry-run courier account, end to end with the real adapters against the sandbox over HTTP:
// reads (login, rates, tracking of a real AWB) reach the courier; the booking, its label, the
// poll and the cancellation never do. The sandbox's request journal says what reached it.
let sandbox: Awaited<ReturnType<typeof startSandbox>>;
let userId = "";

// What each sandbox courier may see from a dry-run account: reads only.
const COURIERS: Record<CourierCode, { prefix: string; rates: RegExp; reads: RegExp }> = {
  SHIPROCKET: {
    prefix: "/shiprocket/v1/external",
    rates: /^GET \/courier\/serviceability/,
    reads: /^(POST \/auth\/login|GET \/courier\/serviceability|GET \/courier\/track\/awb\/REAL)/,
  },
  EKART: {
    prefix: "/ekart",
    rates: /^POST \/data\/pricing\/estimate(\?|$)/,
    reads:
      /^(POST \/integrations\/v2\/auth\/token\/|POST \/data\/pricing\/estimate(\?|$)|POST \/data\/v3\/serviceability(\?|$)|GET \/api\/v1\/track\/REAL)/,
  },
  DELHIVERY: {
    prefix: "/delhivery",
    rates: /^GET \/api\/kinko\/v1\/invoice\/charges\/\.json\?/,
    reads:
      /^GET \/(api\/kinko\/v1\/invoice\/charges\/\.json\?|api\/dc\/expected_tat(\?|$)|api\/v1\/packages\/json\/\?waybill=REAL)/,
  },
};

async function received(prefix: string): Promise<string[]> {
  const { requests } = (await control(
    sandbox.url,
    `/_control/requests?prefix=${encodeURIComponent(prefix)}`,
    undefined,
    "GET",
  )) as { requests: { method: string; path: string; query: string }[] };
  return requests.map((r) => `${r.method} ${r.path.slice(prefix.length)}${r.query}`);
}

beforeAll(async () => {
  sandbox = await startSandbox();
  await createRegisteredLocation([], {
    line1: "Plot 14, Industrial Area Phase 2",
    city: "Gurugram",
    state: "Haryana",
    pincode: SANDBOX_PINCODES.pickup,
    gstin: "06AABCP1234C1Z4",
  });
  await db.product.create({
    data: { id: "p1", sku: "SKU-1", title: "Steel bottle", category: "Kitchen", weightGrams: 400 },
  });
  userId = (await createFixtureUser()).id;
  await setFulfilmentFlag(true);
});
afterAll(() => sandbox.stop());

describe.each(Object.keys(COURIERS) as CourierCode[])("a dry-run %s account", (code) => {
  const { prefix, rates, reads } = COURIERS[code];
  let accountId = "";

  beforeAll(async () => {
    await db.courierAccount.updateMany({ data: { active: false } });
    const account = await createSandboxCourierAccount(sandbox.url, code, {
      name: `${code} dry run`,
    });
    await db.courierAccount.update({ where: { id: account.id }, data: { dryRun: true } });
    accountId = account.id;
    await control(sandbox.url, "/_control/requests", undefined, "DELETE");
  });

  it("quotes for real, books a DRYRUN AWB through the booking use case, and prints a practice label", async () => {
    const quotes = await getRateQuotes({
      dropPincode: SANDBOX_PINCODES.serviceable,
      weightGrams: 400,
      cod: false,
      declaredValuePaise: 50_000,
      refresh: true,
    });
    expect(quotes.find((q) => q.accountId === accountId)).toMatchObject({ serviceable: true });
    expect(quotes.find((q) => q.accountId === accountId)?.chargePaise).toBeGreaterThan(0);
    expect((await received(prefix)).some((r) => rates.test(r))).toBe(true);

    const order = await createPackedOrder();
    await db.order.update({
      where: { id: order.id },
      data: { pincode: SANDBOX_PINCODES.serviceable, city: "Visakhapatnam" },
    });
    const booked = await bookShipment({
      orderId: order.id,
      courierAccountId: accountId,
      actor: { label: "test" },
    });
    expect(booked).toMatchObject({ outcome: "BOOKED", courier: code });
    expect(booked.awb).toMatch(/^DRYRUN[0-9A-Z]+$/);
    const after = await db.order.findUniqueOrThrow({
      where: { id: order.id },
      select: { status: true },
    });
    expect(after.status).toBe("SHIPPED");

    const label = await getShipmentLabel({
      shipmentId: booked.shipmentId,
      viewer: { id: "ops", role: "OPS" },
    });
    const pdf = Buffer.from(label.pdf);
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    const text = pdfText(pdf);
    expect(text).toContain("DRY RUN");
    expect(text).toContain("NOT A REAL SHIPMENT");
    expect(text).toContain(booked.awb!);
    expect(text).toContain(order.number);
    expect(text).toContain("Visakhapatnam");
    expect(await received(prefix)).toSatisfy((calls: string[]) =>
      calls.every((c) => reads.test(c)),
    );
  });

  it("is left alone by the tracking poll, while a real AWB of the account is still asked about", async () => {
    const dry = await db.shipment.findFirstOrThrow({
      where: { courierAccountId: accountId, awb: { startsWith: "DRYRUN" } },
      select: { id: true },
    });
    const order = await createPackedOrder({ status: "SHIPPED" });
    const real = await db.shipment.create({
      data: {
        orderId: order.id,
        courierAccountId: accountId,
        idempotencyKey: `${order.id}:FORWARD:1`,
        awb: `REAL${code}${Date.now()}`,
        status: "BOOKED",
      },
      select: { id: true, awb: true },
    });
    const result = await trackDueShipments({ staleAfterMs: 0 });
    expect(result.checked).toBe(1);
    const calls = await received(prefix);
    expect(calls.some((c) => c.includes(real.awb!))).toBe(true);
    expect(calls.some((c) => c.includes("DRYRUN"))).toBe(false);
    const untouched = await db.shipment.findUniqueOrThrow({
      where: { id: dry.id },
      select: { lastTrackedAt: true, nextTrackAt: true, trackMisses: true, status: true },
    });
    expect(untouched).toEqual({
      lastTrackedAt: null,
      nextTrackAt: null,
      trackMisses: 0,
      status: "BOOKED",
    });
  });

  it("cancels a dry-run booking, and the order with it, without ever calling the courier", async () => {
    const courier = await getCourierForAccount(accountId);
    const { order, awb } = await createOrderWithBooking({
      courierAccountId: accountId,
      status: "PACKED",
    });
    expect(awb).toMatch(/^DRYRUN/);
    expect(await courier.cancelShipment(awb)).toMatchObject({ cancelled: true });
    // Even once the account is live, the courier is never asked about a DRYRUN AWB.
    await db.courierAccount.update({ where: { id: accountId }, data: { dryRun: false } });
    const result = await cancelOrder({
      orderId: order.id,
      reason: "Rehearsal over",
      expectedVersion: order.version,
      actor: { userId, label: "ops" },
    });
    expect(result).toMatchObject({ to: "CANCELLED", cancelledAwb: awb });
    const shipment = await db.shipment.findUniqueOrThrow({
      where: { awb },
      select: { status: true },
    });
    expect(shipment.status).toBe("CANCELLED");
    const calls = await received(prefix);
    expect(calls.filter((c) => !reads.test(c))).toEqual([]);
  });
});
