import { NextRequest } from "next/server";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { POST as webhookPost } from "@/app/api/webhooks/shiprocket/route";
import { POST as ndrPost } from "@/app/api/shipments/[id]/ndr/route";
import { hashApiToken, type Caller } from "@/lib/auth/caller";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { createPackedOrder, setUpShiprocketBooking } from "@/lib/testing/courier-fixtures";
import { control, startSandbox } from "@/lib/testing/start-sandbox";
import { startWebhookForwarder } from "@/lib/testing/webhook-forwarder";
import { bookShipment } from "./book-shipment";
import { addDays, istToday } from "./check-ndr-request";
import { ABANDONED_MESSAGE } from "./ndr-rules";
import { requestNdrAction } from "./request-ndr-action";
import { drainCourierWebhooks } from "@/lib/webhooks/drain-courier-webhooks";

// NDR actions end to end: a parcel booked with the sandbox Shiprocket fails its delivery
// attempt (the sandbox pushes the NDR scan to the webhook route), ops act through the real
// adapter over HTTP, and the sandbox's next scans show the courier did what it was asked.
const TOKEN = "sr-ndr-token";
let sandbox: Awaited<ReturnType<typeof startSandbox>>;
let forwarder: Awaited<ReturnType<typeof startWebhookForwarder>>;
let ops: Caller;
let ndrCalls = 0;

const sr = (path: string, body?: unknown) =>
  control(sandbox.url, `/_control/shiprocket${path}`, body);
const advance = (awb: string, to: number) => sr("/advance", { awb, to });
const tomorrow = () => addDays(istToday(new Date()), 1);

beforeAll(async () => {
  sandbox = await startSandbox();
  sandbox.server.on("request", (req) => {
    if (req.method === "POST" && /\/ndr\/[^/]+\/action$/.test(req.url ?? "")) ndrCalls++;
  });
  forwarder = await startWebhookForwarder(async (_path, body, headers) => {
    const res = await webhookPost(
      new NextRequest("http://localhost/api/webhooks/shiprocket", {
        method: "POST",
        headers: { "content-type": "application/json", ...headers },
        body,
      }),
      { params: Promise.resolve({}) },
    );
    // the worker applies what the route stored
    await drainCourierWebhooks();
    return { status: res.status, body: await res.json() };
  });
  await sr("/webhook", { url: `${forwarder.url}/`, token: TOKEN });
  await setUpShiprocketBooking(sandbox.url, { name: "Shiprocket NDR test", webhookSecret: TOKEN });
  const user = await db.user.create({
    data: { email: "ops-ndr@test.local", name: "Meera Ops", passwordHash: "x", role: "OPS" },
    select: { id: true, email: true, name: true },
  });
  ops = { ...user, role: "OPS", via: "session" };
});
afterEach(() => control(sandbox.url, "/_control/faults", undefined, "DELETE"));
afterAll(async () => {
  await forwarder.stop();
  await sandbox.stop();
});

/** A shipped order whose parcel's first delivery attempt failed: shipment NDR, order flagged. */
async function ndrShipment() {
  const order = await createPackedOrder();
  const booked = await bookShipment({ orderId: order.id, actor: { label: "test" } });
  if (booked.outcome !== "BOOKED") throw new Error(`booking failed: ${JSON.stringify(booked)}`);
  await advance(booked.awb!, 21);
  const shipment = await shipmentOf(booked.shipmentId);
  expect(shipment.status).toBe("NDR");
  expect(await orderOf(order.id)).toEqual({ status: "SHIPPED", ndrOpen: true });
  return { orderId: order.id, shipmentId: booked.shipmentId, awb: booked.awb! };
}

const shipmentOf = (id: string) =>
  db.shipment.findUniqueOrThrow({ where: { id }, select: { status: true } });
const orderOf = (id: string) =>
  db.order.findUniqueOrThrow({ where: { id }, select: { status: true, ndrOpen: true } });
const actionsOf = (shipmentId: string) =>
  db.ndrAction.findMany({
    where: { shipmentId },
    select: { kind: true, status: true, payload: true, requestedById: true },
    orderBy: { createdAt: "asc" },
  });

async function refusal(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe("requestNdrAction against the sandbox Shiprocket", () => {
  it("asks for a re-attempt with a new phone and address, records it and closes the NDR flag", async () => {
    const { orderId, shipmentId, awb } = await ndrShipment();
    const date = addDays(istToday(new Date()), 2);
    const view = await requestNdrAction({
      shipmentId,
      caller: ops,
      action: {
        kind: "REATTEMPT",
        date,
        phone: "+919812345678",
        addressLine1: "Flat 12, Sea View Apartments",
        landmark: "Opposite City Mall",
        remarks: "Customer at home after 6 pm",
      },
    });
    expect(view).toMatchObject({
      kind: "REATTEMPT",
      status: "ACCEPTED",
      by: "Meera Ops",
      date,
      phone: "+919812345678",
      address: "Flat 12, Sea View Apartments, near Opposite City Mall",
      message: "Data Updated Sucessfully",
    });
    expect(await actionsOf(shipmentId)).toEqual([
      expect.objectContaining({ kind: "REATTEMPT", status: "ACCEPTED", requestedById: ops.id }),
    ]);
    // Ops acted: the flag closes; the statuses stay with tracking until the courier scans again.
    expect(await orderOf(orderId)).toEqual({ status: "SHIPPED", ndrOpen: false });
    expect(await shipmentOf(shipmentId)).toEqual({ status: "NDR" });

    // Told nothing, the sandbox sends an NDR parcel back; it delivers only after the re-attempt.
    await advance(awb, 7);
    expect(await shipmentOf(shipmentId)).toEqual({ status: "DELIVERED" });
    expect(await orderOf(orderId)).toEqual({ status: "DELIVERED", ndrOpen: false });
  });

  it("refuses what does not fit before calling the courier", async () => {
    const { shipmentId } = await ndrShipment();
    const before = ndrCalls;
    const today = await refusal(
      requestNdrAction({
        shipmentId,
        caller: ops,
        action: { kind: "REATTEMPT", date: istToday(new Date()), addressLine1: "x".repeat(191) },
      }),
    );
    expect(today.code).toBe("VALIDATION");
    expect(today.fieldErrors?.date?.[0]).toMatch(/^Choose a day from \d{4}-\d{2}-\d{2} to/);
    expect(today.fieldErrors?.addressLine1?.[0]).toMatch(
      /191 characters; shiprocket accepts at most 190/,
    );
    const farAway = await refusal(
      requestNdrAction({
        shipmentId,
        caller: ops,
        action: { kind: "REATTEMPT", date: addDays(istToday(new Date()), 8) },
      }),
    );
    expect(farAway.fieldErrors?.date).toHaveLength(1);
    expect(ndrCalls).toBe(before);
    expect(await actionsOf(shipmentId)).toEqual([]);
  });

  it("answers 409 with a sentence for a shipment that is not in NDR", async () => {
    const order = await createPackedOrder();
    const booked = await bookShipment({ orderId: order.id, actor: { label: "test" } });
    const error = await refusal(
      requestNdrAction({ shipmentId: booked.shipmentId, caller: ops, action: { kind: "RTO" } }),
    );
    expect(error.status).toBe(409);
    expect(error.message).toBe(
      `Shipment ${booked.awb} is booked, not in NDR: there is no failed delivery to act on.`,
    );
  });

  it("sends one action for a double click", async () => {
    const { shipmentId } = await ndrShipment();
    const before = ndrCalls;
    const action = { kind: "REATTEMPT" as const, date: tomorrow() };
    const results = await Promise.allSettled([
      requestNdrAction({ shipmentId, caller: ops, action }),
      requestNdrAction({ shipmentId, caller: ops, action }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const [rejected] = results.filter((r) => r.status === "rejected");
    expect((rejected!.reason as AppError).code).toBe("CONFLICT");
    expect((rejected!.reason as AppError).message).toMatch(
      /being sent to the courier right now|already requested for this failed delivery/,
    );
    expect(ndrCalls).toBe(before + 1);
    expect(await actionsOf(shipmentId)).toHaveLength(1);
  });

  it("records a courier's refusal with its sentence, and the retry goes through", async () => {
    const { orderId, shipmentId } = await ndrShipment();
    await control(sandbox.url, "/_control/faults", {
      prefix: "/shiprocket/v1/external/ndr/",
      status: 400,
      body: { message: "Re-attempt cannot be raised for this AWB today", status_code: 400 },
      times: 1,
    });
    const action = { kind: "REATTEMPT" as const, date: tomorrow(), remarks: "Call first" };
    const error = await refusal(requestNdrAction({ shipmentId, caller: ops, action }));
    expect(error.message).toBe(
      "shiprocket did not take the re-attempt: Re-attempt cannot be raised for this AWB today. It is recorded as failed; you can try again.",
    );
    expect(await actionsOf(shipmentId)).toEqual([
      expect.objectContaining({
        status: "FAILED",
        payload: expect.objectContaining({
          remarks: "Call first",
          answer: "Re-attempt cannot be raised for this AWB today",
        }),
      }),
    ]);
    expect(await orderOf(orderId)).toMatchObject({ ndrOpen: true });

    const retried = await requestNdrAction({ shipmentId, caller: ops, action });
    expect(retried.status).toBe("ACCEPTED");
    expect((await actionsOf(shipmentId)).map((a) => a.status)).toEqual(["FAILED", "ACCEPTED"]);
    expect(await orderOf(orderId)).toMatchObject({ ndrOpen: false });
  });

  it("returns to origin, then refuses more actions, and tracking returns the order", async () => {
    const { orderId, shipmentId, awb } = await ndrShipment();
    const rto = await requestNdrAction({
      shipmentId,
      caller: ops,
      action: { kind: "RTO", remarks: "Customer refused on call" },
    });
    expect(rto).toMatchObject({ kind: "RTO", status: "ACCEPTED" });
    const again = await refusal(
      requestNdrAction({
        shipmentId,
        caller: ops,
        action: { kind: "REATTEMPT", date: tomorrow() },
      }),
    );
    expect(again.message).toMatch(/^Return to origin was already requested .*on its way back\.$/);
    await advance(awb, 10);
    expect(await shipmentOf(shipmentId)).toEqual({ status: "RTO_DELIVERED" });
    // receiving returns the order once the parcel is checked in
    expect(await orderOf(orderId)).toEqual({ status: "SHIPPED", ndrOpen: false });
  });

  it("closes a send abandoned by a dead process as failed and sends the new one", async () => {
    const { shipmentId } = await ndrShipment();
    await db.ndrAction.create({
      data: {
        shipmentId,
        kind: "REATTEMPT",
        status: "REQUESTED",
        payload: { by: "Meera Ops", date: tomorrow() },
        createdAt: new Date(Date.now() - 10 * 60_000),
      },
    });
    const view = await requestNdrAction({
      shipmentId,
      caller: ops,
      action: { kind: "REATTEMPT", date: tomorrow() },
    });
    expect(view.status).toBe("ACCEPTED");
    const rows = await actionsOf(shipmentId);
    expect(rows.map((r) => r.status)).toEqual(["FAILED", "ACCEPTED"]);
    expect(rows[0]!.payload).toMatchObject({ answer: ABANDONED_MESSAGE });
  });
});

describe("POST /api/shipments/{id}/ndr", () => {
  async function post(shipmentId: string, body: unknown, token: string) {
    const res = await ndrPost(
      new NextRequest(`http://localhost/api/shipments/${shipmentId}/ndr`, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
        body: JSON.stringify(body),
      }),
      { params: Promise.resolve({ id: shipmentId }) },
    );
    return { status: res.status, body: (await res.json()) as Record<string, unknown> };
  }

  it("validates the body with field errors and answers with the recorded action", async () => {
    const token = "ndr-route-token";
    await db.apiToken.create({
      data: { name: "test", tokenHash: hashApiToken(token), userId: ops.id },
    });
    const { shipmentId } = await ndrShipment();
    const bad = await post(
      shipmentId,
      { kind: "REATTEMPT", date: tomorrow(), phone: "12345" },
      token,
    );
    expect(bad.status).toBe(422);
    expect(bad.body.errors).toMatchObject({
      phone: [expect.stringMatching(/10-digit Indian mobile/)],
    });
    const landmarkOnly = await post(
      shipmentId,
      { kind: "REATTEMPT", date: tomorrow(), landmark: "Near the temple" },
      token,
    );
    expect(landmarkOnly.body.errors).toMatchObject({ addressLine1: [expect.any(String)] });

    const ok = await post(
      shipmentId,
      { kind: "REATTEMPT", date: tomorrow(), phone: "98123 45678" },
      token,
    );
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ status: "ACCEPTED", phone: "+919812345678", by: "Meera Ops" });
  });
});
