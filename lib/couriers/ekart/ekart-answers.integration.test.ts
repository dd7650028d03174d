import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startCourierSandbox } from "@/lib/testing/courier-contract-sandbox";
import { createSandboxCourierAccount, SANDBOX_PINCODES } from "@/lib/testing/courier-fixtures";
import { sandboxEkartCourier } from "@/lib/testing/ekart-courier";
import { control, type RunningSandbox } from "@/lib/testing/start-sandbox";
import { CourierError } from "@/lib/errors/courier-error";
import { EKART_SANDBOX_CREDENTIALS } from "@/sandbox/couriers/ekart/routes";
import { sampleShipment } from "../contract";
import type { Courier } from "../courier";

// The adapter over real HTTP against the sandbox Ekart, whose answers have Ekart's published
// shapes (sandbox-answers.test.ts): what a refusal becomes, and what a tracking answer carries.

let sandbox: RunningSandbox;
let ekart: Courier;
let account: { id: string; name: string; baseUrl: string };

beforeAll(async () => {
  ({ sandbox, account } = await startCourierSandbox("EKART"));
  ekart = sandboxEkartCourier(account);
});
afterAll(() => sandbox?.stop());

async function failure(promise: Promise<unknown>): Promise<CourierError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(CourierError);
  return error as CourierError;
}

describe("Ekart's error answers, through the adapter", () => {
  it("a 404 error body is a refusal with Ekart's description", async () => {
    const error = await failure(ekart.cancelShipment("5009SBNOSUCH"));
    expect(error).toMatchObject({
      kind: "rejected",
      status: 404,
      courierMessage: "No shipment with tracking id 5009SBNOSUCH",
    });
    expect(error.message).toBe(
      "EKART cancel failed (HTTP 404): No shipment with tracking id 5009SBNOSUCH",
    );
  });

  it("refused credentials are an auth failure with Ekart's description", async () => {
    // an account of its own: tokens are cached per account
    const other = await createSandboxCourierAccount(sandbox.url, "EKART", { name: "wrong" });
    const credentials = { ...EKART_SANDBOX_CREDENTIALS, password: "wrong" };
    const wrong = sandboxEkartCourier(other, { credentials });
    const error = await failure(wrong.checkServiceability(SANDBOX_PINCODES.serviceable));
    expect(error).toMatchObject({
      kind: "auth",
      courierMessage: "Invalid client id, username or password",
    });
  });
});

describe("Ekart's tracking answer, through the adapter", () => {
  it("carries the promise once picked up, failed attempts and the order reference", async () => {
    const request = sampleShipment(SANDBOX_PINCODES);
    const booked = await ekart.createShipment(request);
    expect(booked.courierOrderRef).toBe(request.reference);
    const before = await ekart.track(booked.awb);
    expect(before).toMatchObject({ expectedDeliveryAt: null, deliveryAttempts: 0 });
    await control(account.baseUrl, "/_control/advance", { awb: booked.awb, to: "NDR" });
    const failed = await ekart.track(booked.awb);
    expect(failed).toMatchObject({
      current: { status: "NDR", rawCode: "Customer Unavailable" },
      deliveryAttempts: 1,
      courierOrderRef: request.reference,
    });
    expect(failed.expectedDeliveryAt).toBeInstanceOf(Date);
    expect(failed.scans.map((s) => s.status)).toEqual([
      "BOOKED",
      "PICKUP_SCHEDULED",
      "PICKED_UP",
      "IN_TRANSIT",
      "OUT_FOR_DELIVERY",
      "NDR",
    ]);
  });
});
