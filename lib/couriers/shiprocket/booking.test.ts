import { describe, expect, it } from "vitest";
import { sampleShipment } from "../contract";
import * as samples from "./fixtures/booking-samples";
import type { PublishedAnswer } from "./fixtures/published";
import { replayShiprocket } from "./fixtures/replay";

// Booking, lookup and cancel against Shiprocket's published answers (fixtures/booking-samples).

const pincodes = { pickup: "122001", serviceable: "530017", unserviceable: "999999" };
const CREATE = "POST /orders/create/adhoc";
const RETURN = "POST /orders/create/return";
const ASSIGN = "POST /courier/assign/awb";

const booking = (answers: Record<string, PublishedAnswer>) => replayShiprocket(answers);

describe("Shiprocket booking, published answers", () => {
  it("books a forward parcel: Create Custom Order, then Generate AWB", async () => {
    const { courier, calls } = booking({
      [CREATE]: samples.createCustomOrder,
      [ASSIGN]: samples.assignAwb,
    });
    const request = sampleShipment(pincodes, { serviceCode: "142" });
    expect(await courier.createShipment(request)).toMatchObject({
      awb: "321055706540",
      courierOrderRef: "16161616",
      courierShipmentRef: "15151515",
      serviceName: "Amazon Surface",
      chargePaise: null,
      expectedDeliveryAt: null,
    });
    expect(calls.map((c) => c.endpoint)).toEqual(["create", "assign_awb"]);
    expect(calls[0]?.body).toMatchObject({ order_id: request.reference });
    expect(calls[1]?.body).toEqual({ shipment_id: 15151515, courier_id: 142 });
  });

  it("books a return: Create a Return Order answers RETURN PENDING", async () => {
    const { courier } = booking({
      [RETURN]: samples.createReturnOrder,
      [ASSIGN]: samples.assignAwb,
    });
    const booked = await courier.createShipment(sampleShipment(pincodes, { direction: "REVERSE" }));
    expect(booked).toMatchObject({ courierOrderRef: "170872392", courierShipmentRef: "170411259" });
  });

  it("turns the create refusals into rejections with Shiprocket's reason", async () => {
    for (const [published, reason] of [
      [
        samples.createCustomOrderMissingId,
        "Oops! Invalid Data. (order_id: The order id field is required.)",
      ],
      [samples.createCustomOrderBadChannel, "Given channel id does not exist"],
    ] as const) {
      const { courier, calls } = booking({ [CREATE]: published });
      await expect(courier.createShipment(sampleShipment(pincodes))).rejects.toMatchObject({
        kind: "rejected",
        status: published.status,
        courierMessage: reason,
        message: `SHIPROCKET create failed (HTTP ${published.status}): ${reason}`,
      });
      expect(calls).toHaveLength(1);
    }
  });

  it("completes an order an earlier attempt created when the id is 'already taken'", async () => {
    for (const taken of [samples.createReturnOrderTaken, samples.createReturnOrderMissing]) {
      const { courier, calls } = booking({
        [RETURN]: taken,
        "GET /orders": samples.ordersListNoParameters,
        [ASSIGN]: samples.assignAwb,
      });
      // 224-47798 is the NEW order of the published list, still without an AWB.
      const request = sampleShipment(pincodes, { direction: "REVERSE", reference: "224-47798" });
      expect(await courier.createShipment(request)).toMatchObject({
        awb: "321055706540",
        courierOrderRef: "16177223",
        courierShipmentRef: "16026933",
      });
      expect(calls.map((c) => c.endpoint)).toEqual(["create", "orders", "assign_awb"]);
      expect(calls[1]?.query).toMatchObject({ search: "224-47798" });
    }
  });

  it("turns the Generate AWB refusals into rejections", async () => {
    for (const [published, reason] of [
      [
        samples.assignAwbMissing,
        "Required field missing (shipment_id: The shipment id field is required.)",
      ],
      [samples.assignAwbReassign, "Oops! Cannot reassign courier for this shipment."],
    ] as const) {
      const { courier } = booking({ [CREATE]: samples.createCustomOrder, [ASSIGN]: published });
      await expect(courier.createShipment(sampleShipment(pincodes))).rejects.toMatchObject({
        kind: "rejected",
        status: published.status,
        courierMessage: reason,
      });
    }
  });

  it("finds no live booking in Get all Orders: one is cancelled, one has no AWB yet", async () => {
    for (const [published, reference] of [
      [samples.ordersList, "224-4779888"],
      [samples.ordersListNoParameters, "224-4779888"],
      [samples.ordersListNoParameters, "224-47798"],
    ] as const) {
      const { courier, calls } = booking({ "GET /orders": published });
      expect(await courier.findShipmentByReference(reference)).toBeNull();
      expect(calls[0]?.query).toMatchObject({ search: reference });
    }
  });
});

describe("Shiprocket cancel, published answers", () => {
  const bookedThen = async (cancel: PublishedAnswer) => {
    const replay = booking({
      [CREATE]: samples.createCustomOrder,
      [ASSIGN]: samples.assignAwb,
      "POST /orders/cancel": cancel,
    });
    const { awb } = await replay.courier.createShipment(sampleShipment(pincodes));
    return { ...replay, awb };
  };

  it("reads 204 No Content without a body as cancelled", async () => {
    const { courier, calls, awb } = await bookedThen(samples.cancelOrder);
    expect(await courier.cancelShipment(awb)).toEqual({ cancelled: true, message: null });
    expect(calls.at(-1)?.body).toEqual({ ids: [16161616] });
  });

  it("calls the 500 for an unknown order a refusal, not a server fault to retry", async () => {
    const { courier, awb } = await bookedThen(samples.cancelOrderUnknown);
    await expect(courier.cancelShipment(awb)).rejects.toMatchObject({
      kind: "rejected",
      status: 500,
      retryable: false,
      message: "SHIPROCKET cancel failed (HTTP 500): Trying to get property of non-object",
    });
  });

  it("turns the missing-ids answer into a rejection", async () => {
    const { courier, awb } = await bookedThen(samples.cancelOrderMissing);
    await expect(courier.cancelShipment(awb)).rejects.toMatchObject({
      kind: "rejected",
      courierMessage: "Required field missing (ids: The ids field is required.)",
    });
  });
});
