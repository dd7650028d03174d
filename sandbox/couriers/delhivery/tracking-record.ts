import { sandboxChargedGrams } from "../shared/billing";
import type { DlParcel, DlScan } from "./module";

// GET /api/v1/packages/json/ and the scan push, shaped as Delhivery's published ones: every key of
// the production tracking answers in lib/couriers/delhivery/fixtures/production-answers.ts (in
// their order, with their untidy spellings: DestRecieveDate, RecievedBy, Address1 as a list), and
// the default push payload of the B2C docs (Webhook FAQ Q3), filled from the parcel's scans.
// tracking-record.test.ts compares both with the published samples, key by key.

const first = (p: DlParcel, match: (s: DlScan) => boolean) =>
  p.scans.find(match)?.StatusDateTime ?? null;
const code = (nsl: string) => (s: DlScan) => s.StatusCode === nsl;
const isDispatch = (s: DlScan) => s.ScanType === "UD" && s.StatusCode === "X-DDD3FD";
const endOfDay = (day: string) => `${day}T23:59:59`;

function dayAfter(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** Charged weight in grams, once the parcel has been weighed (X-DWS): shared/billing.ts. */
function chargedWeight(p: DlParcel): number | null {
  if (!p.scans.some(code("X-DWS"))) return null;
  return sandboxChargedGrams({ awb: p.waybill, declaredGrams: p.weightGrams, box: p.box });
}

export function trackingRecord(p: DlParcel) {
  const last = p.scans[p.scans.length - 1]!;
  const pickedUp = first(p, code("X-PPOM"));
  const returning = p.scans.some((s) => s.ScanType === "RT");
  return {
    Shipment: {
      PickUpDate: pickedUp ?? p.scans[0]!.StatusDateTime,
      Destination: p.consignee.city,
      DestRecieveDate: first(p, (s) => s.ScanType === "UD" && s.Scan === "Pending"),
      Scans: p.scans.map((ScanDetail) => ({ ScanDetail })),
      Status: {
        Status: last.Scan,
        StatusLocation: last.ScannedLocation,
        StatusDateTime: last.StatusDateTime,
        RecievedBy: "",
        StatusCode: last.StatusCode,
        StatusType: last.ScanType,
        Instructions: last.Instructions,
      },
      ReturnPromisedDeliveryDate: returning ? endOfDay(dayAfter(p.promisedDay, 7)) : null,
      Ewaybill: [],
      InvoiceAmount: p.totalAmount,
      ChargedWeight: chargedWeight(p),
      PickedupDate: pickedUp,
      DeliveryDate: first(p, (s) => s.ScanType === "DL" && s.Scan === "Delivered"),
      SenderName: "PACKLINE",
      AWB: p.waybill,
      DispatchCount: p.scans.filter(isDispatch).length,
      OrderType:
        p.paymentMode === "COD" ? "COD" : p.paymentMode === "Pickup" ? "Pickup" : "Pre-paid",
      ReturnedDate: first(p, (s) => s.ScanType === "DL" && s.Scan === "RTO"),
      ExpectedDeliveryDate: endOfDay(dayAfter(p.promisedDay, p.slippedDays)),
      RTOStartedDate: first(p, (s) => s.ScanType === "RT"),
      Extras: "",
      FirstAttemptDate: first(p, isDispatch),
      ReverseInTransit: p.paymentMode === "Pickup",
      Quantity: "1",
      Origin: "Gurgaon_Bilaspur_HB (Haryana)",
      Consignee: {
        City: p.consignee.city,
        Name: p.consignee.name,
        Address1: [],
        Address2: [],
        Address3: "",
        PinCode: Number(p.consignee.pin),
        State: p.consignee.state,
        Telephone2: "",
        Country: "India",
        Telephone1: "",
      },
      ReferenceNo: p.order,
      OutDestinationDate: first(p, code("X-DBL1F")),
      CODAmount: p.codAmount,
      PromisedDeliveryDate: endOfDay(p.promisedDay),
      PickupLocation: p.pickupLocation,
      OriginRecieveDate: first(p, code("X-PIOM")),
    },
  };
}

/** The default scan push (B2C docs, Webhook FAQ Q3), PickUpDate in its "YYYY-MM-DD hh:mm:ss.sss". */
export function scanPushBody(p: DlParcel, scan: DlScan) {
  return {
    Shipment: {
      Status: {
        Status: scan.Scan,
        StatusDateTime: scan.StatusDateTime,
        StatusType: scan.ScanType,
        StatusLocation: scan.ScannedLocation,
        Instructions: scan.Instructions,
      },
      PickUpDate: (first(p, code("X-PPOM")) ?? p.scans[0]!.StatusDateTime).replace("T", " "),
      NSLCode: scan.StatusCode,
      Sortcode: "GGN/BLP",
      ReferenceNo: p.order,
      AWB: p.waybill,
    },
  };
}
