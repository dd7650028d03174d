import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { encryptJson } from "@/lib/crypto/secrets";
import { db } from "@/lib/db";
import { CourierError } from "@/lib/errors/courier-error";
import { createSandbox } from "@/sandbox/server";
import { DELHIVERY_SANDBOX_TOKEN } from "@/sandbox/couriers/delhivery";
import type { Courier } from "../courier";
import { getCourierForAccount } from "../registry";

// The invoice-charges API throttles per IP and then blocks: the sandbox answers 429 with
// Retry-After, and the adapter reports rate_limited instead of hammering it.
describe("Delhivery charges throttle", () => {
  const { server } = createSandbox();
  let origin = "";
  let courier: Courier;

  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const account = await db.courierAccount.create({
      data: {
        courier: "DELHIVERY",
        name: "throttle",
        baseUrl: `${origin}/delhivery`,
        credentialsEncrypted: encryptJson({
          token: DELHIVERY_SANDBOX_TOKEN,
          clientName: "PACKLINE",
        }),
        pickupPincode: "122001",
        pickupLocationName: "Primary",
      },
      select: { id: true },
    });
    courier = await getCourierForAccount(account.id);
    await fetch(`${origin}/_control/delhivery/charges`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ points: 1, windowSeconds: 300, blockSeconds: 60, reset: true }),
    });
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const rate = () =>
    courier.getRates({
      pickupPincode: "122001",
      dropPincode: "530017",
      weightGrams: 1200,
      cod: false,
      declaredValuePaise: 50_000,
      direction: "FORWARD",
    });

  it("quotes once, then is blocked with a Retry-After the adapter reports", async () => {
    const [quote] = await rate();
    expect(quote).toMatchObject({ serviceable: true, serviceCode: "S", promisedDays: 5 });
    // zone D, three 500 g slabs at ₹58, plus 18% GST
    expect(quote!.chargePaise).toBe(20_532);
    const error = await rate().then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(CourierError);
    expect((error as CourierError).kind).toBe("rate_limited");
    expect((error as CourierError).retryAfterMs).toBeGreaterThan(50_000);

    const raw = await fetch(
      `${origin}/delhivery/api/kinko/v1/invoice/charges/.json?md=S&ss=Delivered&o_pin=122001&d_pin=530017&cgm=500&pt=Pre-paid`,
      { headers: { authorization: `Token ${DELHIVERY_SANDBOX_TOKEN}` } },
    );
    expect(raw.status).toBe(429);
    expect(Number(raw.headers.get("retry-after"))).toBeGreaterThan(50);
  });

  it("refuses a wrong token", async () => {
    const res = await fetch(`${origin}/delhivery/c/api/pin-codes/json/?filter_codes=530017`, {
      headers: { authorization: "Token wrong" },
    });
    expect(res.status).toBe(401);
  });
});
