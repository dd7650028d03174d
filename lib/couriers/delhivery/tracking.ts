import { z } from "zod";
import type * as T from "../types";
import { trackingUpdate } from "../tracking-update";
import { istDateTime } from "./read";
import { mapDelhiveryStatus, rawDelhiveryStatus, type DelhiveryScanFields } from "./status-map";

// GET /api/v1/packages/json/ → TrackingUpdate. Shapes from Delhivery's production answers
// (fixtures/production-answers.ts): the current status with its instructions (the courier's
// remark), every scan, the promise (ExpectedDeliveryDate, moved when a delivery slips;
// PromisedDeliveryDate, the first promise; ReturnPromisedDeliveryDate once returning),
// DispatchCount (runs out for delivery), DeliveryDate and ChargedWeight (grams, null until the
// parcel is weighed). Keys Packline does not read pass through in `raw` unchecked.

const text = z.string().nullish();
const scanDetail = z.object({
  Scan: z.string(),
  ScanType: text,
  ScanDateTime: text,
  StatusDateTime: text,
  ScannedLocation: text,
  StatusCode: text,
  Instructions: text,
});
/** A weight in grams; Delhivery sends a number, and null until it has weighed the parcel. */
const grams = z
  .union([z.number(), z.string(), z.null()])
  .optional()
  .transform((v) => {
    const n = typeof v === "string" && v.trim() !== "" ? Number(v) : v;
    return typeof n === "number" && Number.isFinite(n) && n > 0 ? Math.round(n) : null;
  });
export const shipmentSchema = z.object({
  AWB: z.coerce.string(),
  ReferenceNo: z.coerce.string().nullish(),
  ExpectedDeliveryDate: text,
  PromisedDeliveryDate: text,
  ReturnPromisedDeliveryDate: text,
  DeliveryDate: text,
  DispatchCount: z.number().int().min(0).nullish(),
  ChargedWeight: grams,
  Status: z.object({
    Status: z.string(),
    StatusType: text,
    StatusDateTime: text,
    StatusLocation: text,
    StatusCode: text,
    Instructions: text,
  }),
  Scans: z.array(z.object({ ScanDetail: scanDetail })).default([]),
  Consignee: z.object({ Name: text, City: text, PinCode: z.coerce.string().nullish() }).nullish(),
});
export type DelhiveryShipmentRecord = z.output<typeof shipmentSchema>;
/** A tracking record as Delhivery sends it (before reading). */
export type DelhiveryShipmentAnswer = z.input<typeof shipmentSchema>;
export const trackSchema = z.object({
  ShipmentData: z.array(z.object({ Shipment: shipmentSchema })).nullish(),
  Error: text,
});

type ScanDetail = z.output<typeof scanDetail>;
const fieldsOf = (d: ScanDetail): DelhiveryScanFields => ({
  statusType: d.ScanType,
  status: d.Scan,
  nslCode: d.StatusCode,
  instructions: d.Instructions,
});
const isDispatch = (d: ScanDetail) => d.ScanType === "UD" && d.Scan === "Dispatched";

/**
 * Runs out for delivery: Delhivery's DispatchCount, else each move into UD/Dispatched among the
 * scans (a "Call placed to consignee" scan during the same run is not another attempt).
 */
function deliveryAttempts(s: DelhiveryShipmentRecord): number | null {
  if (typeof s.DispatchCount === "number") return s.DispatchCount;
  if (s.Scans.length === 0) return null;
  const details = s.Scans.map((x) => x.ScanDetail);
  return details.filter((d, i) => isDispatch(d) && !(i > 0 && isDispatch(details[i - 1]!))).length;
}

function readScan(d: ScanDetail): T.TrackingScan | null {
  const occurredAt = istDateTime(d.StatusDateTime ?? d.ScanDateTime);
  if (!occurredAt) return null;
  const fields = fieldsOf(d);
  return {
    status: mapDelhiveryStatus(fields),
    statusCoded: true,
    rawStatus: rawDelhiveryStatus(fields),
    rawCode: d.StatusCode ?? null,
    location: d.ScannedLocation || null,
    remarks: d.Instructions || null,
    occurredAt,
  };
}

export function readTracking(shipment: DelhiveryShipmentRecord): T.TrackingResult {
  const s = shipment.Status;
  const fields = {
    statusType: s.StatusType,
    status: s.Status,
    nslCode: s.StatusCode,
    instructions: s.Instructions,
  };
  const status = mapDelhiveryStatus(fields);
  // POD and audit scans after delivery restamp Status; DeliveryDate keeps when it was delivered
  const delivered = status === "DELIVERED" ? istDateTime(shipment.DeliveryDate) : null;
  const returning = (s.StatusType ?? "").toUpperCase() === "RT";
  const promise = returning
    ? (shipment.ReturnPromisedDeliveryDate ?? shipment.ExpectedDeliveryDate)
    : (shipment.ExpectedDeliveryDate ?? shipment.PromisedDeliveryDate);
  return trackingUpdate(shipment.AWB, {
    current: {
      status,
      rawStatus: rawDelhiveryStatus(fields),
      rawCode: s.StatusCode ?? null,
      location: s.StatusLocation || null,
      remarks: s.Instructions || null,
      occurredAt: delivered ?? istDateTime(s.StatusDateTime),
    },
    scans: shipment.Scans.map((x) => readScan(x.ScanDetail)).filter((x) => x !== null),
    expectedDeliveryAt: istDateTime(promise),
    deliveryAttempts: deliveryAttempts(shipment),
    chargedWeightGrams: shipment.ChargedWeight,
  });
}
