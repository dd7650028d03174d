import { describe, expect, it } from "vitest";
import { sampleShipment } from "../contract";
import { assignAwb, createCustomOrder } from "./fixtures/booking-samples";
import * as handover from "./fixtures/handover-samples";
import type { PublishedAnswer } from "./fixtures/published";
import { replayShiprocket } from "./fixtures/replay";
import * as rates from "./fixtures/serviceability-samples";

// Rates, pickup, label, manifest and NDR against Shiprocket's published answers.

const pincodes = { pickup: "122001", serviceable: "530017", unserviceable: "999999" };
const SERVICEABILITY = "GET /courier/serviceability";
const lane = {
  pickupPincode: "122001",
  dropPincode: "175019",
  weightGrams: 500,
  cod: true,
  declaredValuePaise: 100_000,
  direction: "FORWARD" as const,
};

/** A parcel booked on the published create and AWB answers, then the given answers. */
async function booked(answers: Record<string, PublishedAnswer>) {
  const replay = replayShiprocket({
    "POST /orders/create/adhoc": createCustomOrder,
    "POST /courier/assign/awb": assignAwb,
    ...answers,
  });
  const { awb } = await replay.courier.createShipment(sampleShipment(pincodes));
  return { ...replay, awb };
}

describe("Shiprocket serviceability, published answers", () => {
  it("quotes every available courier in paise with its promised days", async () => {
    const { courier } = replayShiprocket({ [SERVICEABILITY]: rates.serviceability });
    const quotes = await courier.getRates(lane);
    expect(
      quotes.map((q) => [q.serviceCode, q.serviceName, q.chargePaise, q.promisedDays]),
    ).toEqual([
      ["43", "Delhivery Surface", 5400, 4],
      ["225", "India Post-Business Parcel Surface Prepaid", 12390, 8],
      ["19", "Ecom Express Surface 2kg", 15012, 6],
    ]);
    expect(quotes.every((q) => q.serviceable && q.codAvailable)).toBe(true);
  });

  it("leaves out a courier the seller has blocked", async () => {
    const body = structuredClone(rates.serviceability.body);
    body.data.available_courier_companies[1]!.blocked = 1;
    const { courier } = replayShiprocket({ [SERVICEABILITY]: { status: 200, body } });
    expect((await courier.getRates(lane)).map((q) => q.serviceCode)).toEqual(["43", "19"]);
  });

  it("reads the 200 carrying status 404 as no courier, so the pincode is not served", async () => {
    const { courier } = replayShiprocket({ [SERVICEABILITY]: rates.serviceabilityNotFound });
    expect(await courier.getRates(lane)).toEqual([]);
    expect(await courier.checkServiceability("175019")).toMatchObject({
      serviceable: false,
      cod: false,
      reverse: false,
    });
  });

  it("turns Missing Fields into a rejection listing each field", async () => {
    const { courier } = replayShiprocket({ [SERVICEABILITY]: rates.serviceabilityMissing });
    await expect(courier.getRates(lane)).rejects.toMatchObject({
      kind: "rejected",
      status: 422,
      courierMessage:
        "Required field missing (weight: The weight field is required when order id is not present.; " +
        "cod: The cod field is required when order id is not present.; order_id: The order id field " +
        "is required when pickup postcode / delivery postcode / cod / weight is not present.)",
    });
  });
});

describe("Shiprocket pickup, label, manifest and NDR, published answers", () => {
  it("reads the pickup date (IST) and token, and the Invalid shipment id refusal", async () => {
    const ok = await booked({ "POST /courier/generate/pickup": handover.pickup });
    const request = {
      awbs: [ok.awb],
      pickupDate: "2021-12-10",
      locationName: null,
      expectedPackageCount: 1,
    };
    expect(await ok.courier.schedulePickup(request)).toMatchObject({
      scheduledFor: new Date("2021-12-10T07:09:54Z"),
      pickupToken: "Reference No: 194_BIGFOOT 1966840_11122021",
    });
    expect(ok.calls.at(-1)?.body).toEqual({ shipment_id: [15151515] });
    const refused = await booked({ "POST /courier/generate/pickup": handover.pickupInvalid });
    await expect(
      refused.courier.schedulePickup({ ...request, awbs: [refused.awb] }),
    ).rejects.toMatchObject({
      kind: "rejected",
      message: "SHIPROCKET pickup failed (HTTP 400): Invalid shipment id",
    });
  });

  it("reads the label URL, and both ways of making no label", async () => {
    const ok = await booked({ "POST /courier/generate/label": handover.label });
    expect(await ok.courier.getLabel([ok.awb])).toEqual({
      url: handover.label.body.label_url,
      pdf: null,
    });
    const none = await booked({ "POST /courier/generate/label": handover.labelNotCreated });
    await expect(none.courier.getLabel([none.awb])).rejects.toMatchObject({
      kind: "rejected",
      message: "Shiprocket made no label: No valid shipment ids to print label.",
    });
    const wrong = await booked({ "POST /courier/generate/label": handover.labelWrongFormat });
    await expect(wrong.courier.getLabel([wrong.awb])).rejects.toMatchObject({
      kind: "rejected",
      courierMessage: "Oops! Invalid Data. (shipment_id: The shipment id must be an array.)",
    });
  });

  it("reads the manifest URL and id, and an empty one as no manifest", async () => {
    const ok = await booked({ "POST /manifests/generate": handover.manifest });
    expect(await ok.courier.createManifest([ok.awb])).toEqual({
      manifestId: "MANIFEST-3051",
      manifestUrl: handover.manifest.body.manifest_url,
      pdf: null,
    });
    const empty = await booked({ "POST /manifests/generate": handover.manifestEmpty });
    expect(await empty.courier.createManifest([empty.awb])).toMatchObject({ manifestUrl: null });
  });

  it("prints the manifest already generated instead of failing the retry", async () => {
    const again = await booked({
      "POST /manifests/generate": handover.manifestAlreadyGenerated,
      "POST /manifests/print": handover.manifestPrint,
    });
    expect(await again.courier.createManifest([again.awb])).toEqual({
      manifestId: null,
      manifestUrl: handover.manifestPrint.body.manifest_url,
      pdf: null,
    });
    expect(again.calls.slice(-2).map((c) => [c.path, c.body])).toEqual([
      ["/manifests/generate", { shipment_id: [15151515] }],
      ["/manifests/print", { order_ids: [16161616] }],
    ]);
    const nothing = await booked({
      "POST /manifests/generate": handover.manifestAlreadyGenerated,
      "POST /manifests/print": handover.manifestPrintEmpty,
    });
    expect(await nothing.courier.createManifest([nothing.awb])).toMatchObject({
      manifestUrl: null,
    });
    const wrong = await booked({
      "POST /manifests/generate": handover.manifestAlreadyGenerated,
      "POST /manifests/print": handover.wrongFormat,
    });
    await expect(wrong.courier.createManifest([wrong.awb])).rejects.toMatchObject({
      kind: "rejected",
      status: 500,
      courierMessage: "Invalid argument supplied for foreach()",
    });
  });

  it("reads the 202 of Action NDR as accepted, with Shiprocket's words", async () => {
    const { courier, calls } = replayShiprocket({
      "POST /ndr/8805225468/action": handover.ndrAction,
    });
    expect(await courier.ndrAction({ kind: "RTO", awb: "8805225468", remarks: "Refused" })).toEqual(
      {
        accepted: true,
        courierRef: null,
        message: "Data Updated Sucessfully",
      },
    );
    expect(calls[0]?.body).toEqual({ action: "return", comments: "Refused" });
  });
});
