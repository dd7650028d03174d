import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  startEkartSandboxSession,
  type EkartSandboxSession,
} from "@/lib/testing/ekart-sandbox-session";
import { sampleShape, shapeProblems } from "@/lib/testing/json-shape";
import { EKART_SANDBOX_CREDENTIALS } from "@/sandbox/couriers/ekart/routes";
import * as doc from "./fixtures/documented-samples";

// The sandbox Ekart answers every endpoint with the keys and value types of Ekart's published
// sample (fixtures/documented-samples), checked over HTTP. Pushes: sandbox-pushes.test.ts.

let ekart: EkartSandboxSession;
let awb: string;
beforeAll(async () => {
  ekart = await startEkartSandboxSession();
  awb = (await ekart.book()).trackingId;
});
afterAll(() => ekart?.stop());

const trackShape = {
  optional: ["edd", "track.ndrStatus", "track.ndrActions", "track.details.ndrStatus"],
  // the spec types `ndrActions` as a list of strings; its sample shows it empty
  elements: { "track.details": doc.trackDetail, "track.ndrActions": "Re-Attempt" },
};
const ackShape = { elements: { data: doc.acknowledgement } };

async function expectShape(
  answer: Promise<{ status: number; body: unknown }>,
  status: number,
  sample: unknown,
  options = {},
) {
  const { status: got, body } = await answer;
  expect({ status: got, differences: shapeProblems(body, sampleShape(sample, options)) }).toEqual({
    status,
    differences: [],
  });
}

describe("the sandbox Ekart answers in Ekart's published shapes", () => {
  it("token, create, and a refused create", async () => {
    const { clientId, username, password } = EKART_SANDBOX_CREDENTIALS;
    const login = { username, password };
    await expectShape(
      ekart.call("POST", `/integrations/v2/auth/token/${clientId}`, login),
      200,
      doc.tokenAnswer,
    );
    // `barcodes.cod` is "only applicable for vendors which require separate barcode to process COD"
    await expectShape(ekart.book(), 200, doc.createAnswer, { optional: ["barcodes.cod"] });
    // Ekart's own request sample, placeholders and all, is refused (seller_gst_tin "string")
    const placeholders = ekart.call("PUT", "/api/v1/package/create", doc.createRequest);
    await expectShape(placeholders, 400, doc.errorAnswer);
  });

  it("track before pickup, in transit (with edd) and undelivered (with NDR fields)", async () => {
    await expectShape(ekart.call("GET", `/api/v1/track/${awb}`), 200, doc.trackAnswer, trackShape);
    await ekart.control("/_control/advance", { awb, to: "IN_TRANSIT" });
    const moving = await ekart.call("GET", `/api/v1/track/${awb}`);
    expect(moving.body).toHaveProperty("edd");
    await expectShape(Promise.resolve(moving), 200, doc.trackAnswer, trackShape);
    await ekart.control("/_control/advance", { awb, to: "NDR" });
    const failed = await ekart.call("GET", `/api/v1/track/${awb}`);
    expect(failed.body).toMatchObject({
      track: { ndrStatus: "Customer Unavailable", ndrActions: ["Re-Attempt", "RTO"], attempts: 1 },
    });
    await expectShape(Promise.resolve(failed), 200, doc.trackAnswer, trackShape);
  });

  it("serviceability, lanes with every charge, and the price estimate", async () => {
    await expectShape(ekart.call("GET", "/api/v2/serviceability/530017"), 200, doc.pincodeAnswer);
    await expectShape(ekart.call("GET", "/api/v2/serviceability/999999"), 200, doc.pincodeAnswer, {
      optional: ["details"],
    });
    const lane = { pickupPincode: "122001", dropPincode: "530017", weight: "750" };
    await expectShape(ekart.call("POST", "/data/v3/serviceability", lane), 200, doc.laneAnswer);
    await expectShape(
      ekart.call("POST", "/data/pricing/estimate", { ...lane, weight: 750, codAmount: 998 }),
      200,
      doc.estimateAnswer,
    );
  });

  it("dispatch date, manifest, NDR, cancel and address", async () => {
    const other = (await ekart.book()).trackingId;
    await expectShape(
      ekart.call("POST", "/data/shipment/dispatch-date", {
        ids: [other],
        dispatchDate: "2026-12-08",
      }),
      200,
      doc.acknowledgementList,
      ackShape,
    );
    await expectShape(
      ekart.call("POST", "/data/v2/generate/manifest", { ids: [other] }),
      200,
      doc.manifestAnswer,
    );
    await expectShape(
      ekart.call("POST", "/api/v2/package/ndr", { action: "RTO", wbn: awb }),
      200,
      doc.acknowledgement,
    );
    await expectShape(
      ekart.call("DELETE", `/api/v1/package/cancel?tracking_id=${other}`),
      200,
      doc.acknowledgementList,
      ackShape,
    );
    const address = {
      alias: "Primary",
      phone: 9876543210,
      address_line1: "Plot 14",
      pincode: 122001,
    };
    await expectShape(ekart.call("POST", "/api/v2/address", address), 200, doc.addressAnswer);
  });

  it("webhook registration and listing", async () => {
    const hook = { url: "http://127.0.0.1:9/hook", secret: "abcdef", topics: ["track_updated"] };
    await expectShape(ekart.call("POST", "/api/v2/webhook", hook), 200, doc.webhookAnswer);
    await expectShape(ekart.call("GET", "/api/v2/webhook"), 200, [doc.webhookAnswer]);
    await ekart.subscribe();
  });

  it("errors: Ekart's error schema for 400, 401 and 404; 403 {forbidden} when rate limited", async () => {
    await expectShape(
      ekart.call("GET", "/api/v2/serviceability/530017", undefined, false),
      401,
      doc.errorAnswer,
    );
    await expectShape(ekart.call("GET", "/api/v1/track/NOPE1"), 404, doc.errorAnswer);
    await expectShape(
      ekart.call("POST", "/api/v1/package/label", { ids: [] }),
      400,
      doc.errorAnswer,
    );
    await ekart.control("/_control/tokens", { ratePerSecond: 0 });
    const limited = await ekart.call("GET", "/api/v2/serviceability/530017");
    await ekart.control("/_control/tokens", { ratePerSecond: 100 });
    expect(limited).toEqual({ status: 403, body: doc.rateLimitAnswer });
  });
});
