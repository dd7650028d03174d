import { describe, expect, it } from "vitest";
import { toCreateForm, toDelhiveryShipment } from "@/lib/couriers/delhivery/mapper";
import { createSchema, parseWith, readCreated } from "@/lib/couriers/delhivery/read";
import * as docs from "@/lib/couriers/delhivery/fixtures/documented-samples";
import { createdCod } from "@/lib/couriers/delhivery/fixtures/production-answers";
import { sampleShipment } from "@/lib/couriers/contract";
import { shapeOfSamples, shapeProblems } from "@/lib/testing/json-shape";
import { Router, type SandboxResponse } from "../../http";
import { DELHIVERY_SANDBOX_TOKEN, mountDelhivery } from "./index";

// The sandbox's answers beside Delhivery's published ones, endpoint by endpoint.

function sandbox() {
  const router = new Router();
  mountDelhivery(router);
  return async (method: string, path: string, options: { query?: string; body?: string } = {}) => {
    const found = router.match(method, path);
    if (!found) throw new Error(`no route ${method} ${path}`);
    const rawBody = options.body ?? "";
    const answer: SandboxResponse = await found.handler({
      method,
      path,
      params: found.params,
      query: new URLSearchParams(options.query ?? ""),
      headers: { authorization: `Token ${DELHIVERY_SANDBOX_TOKEN}`, host: "127.0.0.1:1" },
      rawBody,
      json: <T>() => JSON.parse(rawBody || "{}") as T,
    });
    return { status: answer.status ?? 200, body: answer.body };
  };
}

const pins = { pickup: "122001", serviceable: "530017", unserviceable: "999999" };

describe("sandbox Delhivery answers beside the published ones", () => {
  it("books with the published answer's keys, read by the adapter", async () => {
    const call = sandbox();
    const request = sampleShipment(pins, { paymentMode: "COD", codAmountPaise: 99_800 });
    const form = toCreateForm(toDelhiveryShipment(request, "Primary"));
    const { body } = await call("POST", "/delhivery/api/cmu/create.json", {
      body: form.toString(),
    });
    expect(shapeProblems(body, shapeOfSamples(createdCod))).toEqual([]);
    const booked = readCreated(parseWith(createSchema, body, "create"));
    expect(booked.courierOrderRef).toBe(request.reference);
  });

  it("answers pincode serviceability like the documented sample, and [] for an unserved pincode", async () => {
    const call = sandbox();
    const served = await call("GET", "/delhivery/c/api/pin-codes/json", {
      query: "filter_codes=530017",
    });
    expect(shapeProblems(served.body, shapeOfSamples(docs.pincodeServed))).toEqual([]);
    const unserved = await call("GET", "/delhivery/c/api/pin-codes/json", {
      query: "filter_codes=999999",
    });
    expect(unserved.body).toEqual(docs.pincodeUnserved);
  });

  it("answers the documented refusals word for word", async () => {
    const call = sandbox();
    const slip = await call("GET", "/delhivery/api/p/packing_slip", { query: "wbns=000" });
    expect(slip.body).toEqual(docs.packingSlipNotFound);
    const pickup = await call("POST", "/delhivery/fm/request/new", {
      body: JSON.stringify({
        pickup_time: "11:00:00",
        pickup_date: "2020-01-01",
        pickup_location: "Primary",
        expected_package_count: 1,
      }),
    });
    expect(pickup).toEqual({ status: 400, body: docs.pickupInPast });
    const q = "md=S&ss=Delivered&cgm=500&pt=Pre-paid";
    const badOrigin = await call("GET", "/delhivery/api/kinko/v1/invoice/charges/.json", {
      query: `${q}&o_pin=12&d_pin=530017`,
    });
    expect(badOrigin).toEqual({ status: 400, body: docs.chargesBadOrigin });
    const badDestination = await call("GET", "/delhivery/api/kinko/v1/invoice/charges/.json", {
      query: `${q}&o_pin=122001&d_pin=999999`,
    });
    expect(badDestination).toEqual({ status: 400, body: docs.chargesBadDestination });
  });
});
