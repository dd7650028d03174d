import { describe, expect, it } from "vitest";
import { sampleShipment } from "@/lib/couriers/contract";
import { shapeProblems } from "@/lib/testing/json-shape";
import { toAdhocOrder, toReturnOrder } from "@/lib/couriers/shiprocket/mapper";
import { parseOrThrow } from "@/lib/couriers/shiprocket/parse";
import { toTracking, trackingSchema } from "@/lib/couriers/shiprocket/tracking";
import { parseShiprocketWebhook } from "@/lib/couriers/shiprocket/webhook";
import { webhookBody } from "./answers-tracking";
import * as published from "./published";
import { shapes } from "./published-shapes";
import { sandboxShiprocket } from "./test-session";

// The sandbox's tracking answers and webhook bodies: published shapes, journeys with scans that
// carry no Shiprocket status, the status on the right scale, and the adapter reading them.

const pincodes = { pickup: "122001", serviceable: "530017", unserviceable: "999999" };

async function shipmentAt(code: number, direction: "FORWARD" | "REVERSE" = "FORWARD") {
  const sandbox = await sandboxShiprocket();
  const request = sampleShipment(pincodes, { direction });
  const body = direction === "FORWARD" ? toAdhocOrder(request, "Primary") : toReturnOrder(request);
  const path = direction === "FORWARD" ? "/orders/create/adhoc" : "/orders/create/return";
  const { shipment_id } = (await sandbox.call("POST", path, body)).body as { shipment_id: number };
  await sandbox.call("POST", "/courier/assign/awb", { shipment_id });
  const s = sandbox.module.store.shipment(shipment_id)!;
  // to `code`, with every scan of that step printed
  while (s.code !== code || s.pending.length) if (!(await sandbox.module.step(s, true))) break;
  return { ...sandbox, s, reference: request.reference };
}

describe("sandbox Shiprocket journeys", () => {
  it("prints scans without a Shiprocket status among the coded ones, in time order", async () => {
    const { s } = await shipmentAt(7);
    expect(s.scans.map((x) => x["sr-status"])).toEqual([
      "NA",
      "NA",
      "19",
      "42",
      "6",
      "NA",
      "18",
      "18",
      "18",
      "18",
      "NA",
      "38",
      "17",
      "7",
    ]);
    const times = s.scans.map((x) => x.date);
    expect([...times].sort()).toEqual(times);
    expect(s.scans.filter((x) => x["sr-status"] === "NA").map((x) => x.activity)).toEqual([
      "Pending Manifest Data Received",
      "Manifested - Pickup scheduled",
      "In Transit - Added to Bag",
      "In Transit - System weight captured",
    ]);
  });

  it("prints one scan per tick: a step's later scans follow on the next ticks", async () => {
    const { s, module } = await shipmentAt(6);
    await module.step(s, false);
    expect(s).toMatchObject({ code: 18, pending: { length: 4 } });
    for (let tick = 0; tick < 4; tick++) await module.step(s, false);
    expect(s).toMatchObject({ code: 18, pending: [] });
    expect(s.scans.at(-1)?.status).toBe("X-DWS");
    await module.step(s, false);
    expect(s.code).toBe(38);
  });

  it("starts a return in the customer's city and ends it at the warehouse", async () => {
    const { s } = await shipmentAt(7, "REVERSE");
    expect(s.scans[0]?.location).toBe("Vizag_Gajuwaka_DC (Andhra Pradesh)");
    expect(s.scans.at(-1)?.location).toBe("Gurgaon_Bilaspur_HB (Haryana)");
  });
});

describe("sandbox Shiprocket tracking answers", () => {
  it("answers the four tracking reads in the published AWB-tracking shape", async () => {
    const { s, call, reference } = await shipmentAt(18);
    const byAwb = await call("GET", `/courier/track/awb/${s.awb}`);
    const byShipment = await call("GET", `/courier/track/shipment/${s.shipmentId}`);
    const byOrder = await call("GET", "/courier/track", undefined, { order_id: reference });
    const many = await call("POST", "/courier/track/awbs", { awbs: [s.awb, "134232541121"] });
    expect(byShipment.body).toEqual(byAwb.body);
    expect(byOrder.body).toEqual([byAwb.body]);
    expect(many.body).toEqual({ [s.awb!]: byAwb.body });
    for (const answer of [byAwb.body, byShipment.body, ...(byOrder.body as unknown[])])
      expect(shapeProblems(answer, shapes.trackingThroughAwb)).toEqual([]);
    const { tracking_data } = byAwb.body as typeof published.trackingThroughAwb.body;
    expect(tracking_data.shipment_track[0]?.weight).toBe("0.75");
    expect(tracking_data.etd).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
  });

  it("answers unknown AWBs and shipments as published", async () => {
    const { call } = await shipmentAt(1);
    expect(await call("GET", "/courier/track/awb/111111111111")).toEqual(
      published.trackingNoActivities,
    );
    expect(await call("GET", "/courier/track/shipment/00000000")).toEqual(
      published.trackingShipmentUnknown,
    );
    const none = await call("POST", "/courier/track/awbs", { awbs: ["134232541121"] });
    expect({ status: none.status ?? 200, body: none.body }).toEqual(
      published.trackingMultipleUnknown,
    );
    expect(await call("POST", "/courier/track/awbs", { awbs: "788830567028" })).toEqual(
      published.trackingMultipleWrongFormat,
    );
  });

  it("is read by the adapter as the courier's status with uncoded scans as history", async () => {
    const { s, call } = await shipmentAt(6);
    const answer = await call("GET", `/courier/track/awb/${s.awb}`);
    const t = toTracking(s.awb!, parseOrThrow(trackingSchema, answer.body, "tracking"));
    // the newest scan ("Added to Bag") has no code: the answer's status still says SHIPPED
    expect(t.scans.at(-1)).toMatchObject({
      statusCoded: false,
      rawStatus: "In Transit - Added to Bag",
    });
    expect(t.current).toMatchObject({ status: "IN_TRANSIT", rawStatus: "SHIPPED", rawCode: "6" });
    expect(t.current?.occurredAt).toBeInstanceOf(Date);
  });
});

describe("sandbox Shiprocket webhook bodies", () => {
  it("pushes the published body, its status on both scales", async () => {
    const { s } = await shipmentAt(18);
    const body = webhookBody(s);
    expect(shapeProblems(body, shapes.webhookBody)).toEqual([]);
    // the published pairing: IN TRANSIT is 18 on the shipment scale and 20 on the order scale
    expect(body).toMatchObject({
      shipment_status_id: 18,
      current_status_id: 20,
      current_status: "IN TRANSIT",
    });
    expect(body.current_timestamp).toMatch(/^\d{2} \d{2} \d{4} \d{2}:\d{2}:\d{2}$/);
    const [event] = parseShiprocketWebhook(
      { headers: { "x-api-key": "t" }, rawBody: JSON.stringify(body) },
      "t",
    )!;
    expect(event?.update.current).toMatchObject({
      status: "IN_TRANSIT",
      location: s.scans.at(-1)?.location,
    });
    expect(event?.update.scans.filter((x) => !x.statusCoded)).toHaveLength(4);
  });

  it("states a delivered, an undelivered and a return parcel on the order scale", async () => {
    expect(webhookBody((await shipmentAt(7)).s).current_status_id).toBe(7);
    expect(webhookBody((await shipmentAt(17)).s).current_status_id).toBe(19);
    expect(webhookBody((await shipmentAt(42, "REVERSE")).s).current_status_id).toBe(32);
  });
});
