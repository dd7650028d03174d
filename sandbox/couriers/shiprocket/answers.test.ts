import { describe, expect, it } from "vitest";
import { sampleShipment } from "@/lib/couriers/contract";
import { shapeProblems } from "@/lib/testing/json-shape";
import { toAdhocOrder, toReturnOrder } from "@/lib/couriers/shiprocket/mapper";
import * as published from "./published";
import { shapes } from "./published-shapes";
import { sandboxShiprocket } from "./test-session";

// The sandbox's booking, rate and hand-over answers have the published samples' shape, key for
// key, and its error answers are the published ones.

const pincodes = { pickup: "122001", serviceable: "530017", unserviceable: "999999" };

async function bookedSandbox() {
  const sandbox = await sandboxShiprocket();
  const created = await sandbox.call(
    "POST",
    "/orders/create/adhoc",
    toAdhocOrder(sampleShipment(pincodes), "Primary"),
  );
  const { shipment_id, order_id } = created.body as { shipment_id: number; order_id: number };
  const assigned = await sandbox.call("POST", "/courier/assign/awb", {
    shipment_id,
    courier_id: 43,
  });
  return { ...sandbox, created, assigned, shipmentId: shipment_id, orderId: order_id };
}

describe("sandbox Shiprocket booking answers", () => {
  it("answers create and Generate AWB with every published key", async () => {
    const { created, assigned, call } = await bookedSandbox();
    expect(shapeProblems(created.body, shapes.createCustomOrder)).toEqual([]);
    expect(shapeProblems(assigned.body, shapes.assignAwb)).toEqual([]);
    const data = (assigned.body as typeof published.assignAwb.body).response.data;
    expect(data.shipped_by.rto_postcode).toBe("122001");
    expect(data.assigned_date_time.date).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}\.\d{6}$/);
    const back = await call(
      "POST",
      "/orders/create/return",
      toReturnOrder(sampleShipment(pincodes, { direction: "REVERSE" })),
    );
    expect(shapeProblems(back.body, shapes.createReturnOrder)).toEqual([]);
  });

  it("answers the published refusals of create and Generate AWB", async () => {
    const { call, shipmentId } = await bookedSandbox();
    const withoutId = { ...toAdhocOrder(sampleShipment(pincodes), "Primary"), order_id: "" };
    expect(await call("POST", "/orders/create/adhoc", withoutId)).toEqual(
      published.createCustomOrderMissingId,
    );
    expect(await call("POST", "/courier/assign/awb", {})).toEqual(published.assignAwbMissing);
    expect(await call("POST", "/courier/assign/awb", { shipment_id: shipmentId })).toEqual(
      published.assignAwbReassign,
    );
  });

  it("lists orders in the published shape, on the order-status scale", async () => {
    const { call, orderId } = await bookedSandbox();
    const list = await call("GET", "/orders", undefined, { search: "" });
    expect(shapeProblems(list.body, shapes.ordersList)).toEqual([]);
    const [order] = (list.body as typeof published.ordersList.body).data;
    expect(order).toMatchObject({ id: orderId, status: "READY TO SHIP", status_code: 3 });
    expect(order?.created_at).toMatch(/^\d{2} [A-Z][a-z]{2} \d{4}, \d{2}:\d{2} [AP]M$/);
  });

  it("cancels with 204 and no body; unknown ids and no ids as published", async () => {
    const { call, orderId } = await bookedSandbox();
    expect(await call("POST", "/orders/cancel", { ids: [orderId] })).toEqual({ status: 204 });
    expect(await call("POST", "/orders/cancel", { ids: [12312312] })).toEqual(
      published.cancelOrderUnknown,
    );
    expect(await call("POST", "/orders/cancel", {})).toEqual(published.cancelOrderMissing);
  });
});

describe("sandbox Shiprocket serviceability", () => {
  it("answers every published key, etd as 'Mon DD, YYYY', the 422 and the 200-with-404", async () => {
    const { call } = await sandboxShiprocket();
    const query = {
      pickup_postcode: "122001",
      delivery_postcode: "530017",
      weight: "0.75",
      cod: "1",
    };
    const served = await call("GET", "/courier/serviceability", undefined, query);
    expect(shapeProblems(served.body, shapes.serviceability)).toEqual([]);
    const [first] = (served.body as typeof published.serviceability.body).data
      .available_courier_companies;
    expect(first?.etd).toMatch(/^[A-Z][a-z]{2} \d{2}, \d{4}$/);
    expect(first?.estimated_delivery_days).toMatch(/^\d+$/);
    const unserved = await call("GET", "/courier/serviceability", undefined, {
      ...query,
      delivery_postcode: "999999",
    });
    expect(unserved.status ?? 200).toBe(200);
    expect(shapeProblems(unserved.body, shapes.serviceabilityNotFound)).toEqual([]);
    const missing = await call("GET", "/courier/serviceability", undefined, {
      pickup_postcode: "122001",
      delivery_postcode: "530017",
    });
    expect(missing).toEqual(published.serviceabilityMissing);
  });
});

describe("sandbox Shiprocket hand-over answers", () => {
  it("answers pickup, label, manifest, print and invoice with the published keys", async () => {
    const { call, shipmentId, orderId } = await bookedSandbox();
    const pickup = await call("POST", "/courier/generate/pickup", { shipment_id: [shipmentId] });
    expect(shapeProblems(pickup.body, shapes.pickup)).toEqual([]);
    const label = await call("POST", "/courier/generate/label", { shipment_id: [shipmentId] });
    expect(shapeProblems(label.body, shapes.label)).toEqual([]);
    const manifest = await call("POST", "/manifests/generate", { shipment_id: [shipmentId] });
    expect(shapeProblems(manifest.body, shapes.manifest)).toEqual([]);
    const again = await call("POST", "/manifests/generate", { shipment_id: [shipmentId] });
    expect(again).toEqual({
      ...published.manifestAlreadyGenerated,
      body: {
        ...published.manifestAlreadyGenerated.body,
        already_manifested_shipment_ids: [shipmentId],
      },
    });
    const printed = await call("POST", "/manifests/print", { order_ids: [orderId] });
    expect((printed.body as { manifest_url: string }).manifest_url).toBe(
      (manifest.body as { manifest_url: string }).manifest_url,
    );
    const invoice = await call("POST", "/orders/print/invoice", { ids: [orderId] });
    expect(shapeProblems(invoice.body, shapes.invoice)).toEqual([]);
    const pdf = await call(
      "GET",
      new URL((invoice.body as { invoice_url: string }).invoice_url).pathname,
    );
    expect(
      Buffer.from(pdf.body as Buffer)
        .subarray(0, 5)
        .toString("latin1"),
    ).toBe("%PDF-");
  });

  it("answers the published refusals of the hand-over calls", async () => {
    const { call } = await bookedSandbox();
    expect(await call("POST", "/courier/generate/pickup", { shipment_id: [121121212] })).toEqual(
      published.pickupInvalid,
    );
    expect(await call("POST", "/courier/generate/label", { shipment_id: "16161616" })).toEqual(
      published.labelWrongFormat,
    );
    expect(await call("POST", "/courier/generate/label", { shipment_id: [""] })).toEqual(
      published.labelNotCreated,
    );
    expect(await call("POST", "/manifests/generate", { shipment_id: "" })).toEqual(
      published.manifestEmpty,
    );
    expect(await call("POST", "/manifests/print", { order_ids: [16161616] })).toEqual(
      published.manifestPrintEmpty,
    );
    expect(await call("POST", "/manifests/print", { order_ids: "" })).toEqual(
      published.wrongFormat,
    );
    expect(await call("POST", "/orders/print/invoice", { ids: [""] })).toEqual(
      published.invoiceNotCreated,
    );
    expect(await call("POST", "/orders/print/invoice", { ids: "16255275" })).toEqual(
      published.wrongFormat,
    );
  });
});
