import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CourierError } from "@/lib/errors/courier-error";
import { createSandboxCourierAccount } from "@/lib/testing/courier-fixtures";
import { control, startSandbox } from "@/lib/testing/start-sandbox";
import { DELHIVERY_SANDBOX_TOKEN } from "@/sandbox/couriers/delhivery";
import type { Courier } from "../courier";
import { getCourierForAccount } from "../registry";

// The invoice-charges API throttles per IP and then blocks: the sandbox answers 429 with
// Retry-After, and the adapter reports rate_limited instead of hammering it.
describe("Delhivery charges throttle", () => {
  let sandbox: Awaited<ReturnType<typeof startSandbox>>;
  let origin = "";
  let courier: Courier;

  beforeAll(async () => {
    sandbox = await startSandbox();
    origin = sandbox.url;
    const account = await createSandboxCourierAccount(origin, "DELHIVERY", { name: "throttle" });
    courier = await getCourierForAccount(account.id);
    await control(origin, "/_control/delhivery/charges", {
      points: 1,
      windowSeconds: 300,
      blockSeconds: 60,
      reset: true,
    });
  });
  afterAll(() => sandbox.stop());

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
