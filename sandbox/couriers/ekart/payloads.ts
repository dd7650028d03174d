import * as doc from "@/lib/couriers/ekart/fixtures/documented-samples";
import type { SandboxResponse } from "../../http";
import { current, type EkartParcel, type EkartScan } from "./state";

// The sandbox Ekart's answers and pushes, each a deep copy of Ekart's published sample
// (lib/couriers/ekart/fixtures/documented-samples.ts, Ekart API Docs v3.8.8) with its values
// replaced from the sandbox's state: the keys and types cannot drift from the published ones, and
// lib/couriers/ekart/sandbox-answers.test.ts and sandbox-pushes.test.ts compare them over HTTP.

export function fromSample<T extends object>(sample: T, values: Partial<T>): T {
  return { ...structuredClone(sample), ...values } as T;
}

/**
 * Ekart's `error` schema. Its docs show only placeholders ("string", 0): the validation code
 * below is one public integrations report receiving, the other codes are the sandbox's own.
 */
export function ekartError(status: number, code: string, message: string): SandboxResponse {
  return {
    status,
    body: fromSample(doc.errorAnswer, {
      statusCode: status,
      code,
      message,
      description: message,
      severity: "ERROR",
    }),
  };
}

/** A refused request: what public integrations report Ekart answers to a field it rejects. */
export const ekartInvalid = (message: string) =>
  ekartError(400, "SWIFT_VALIDATION_EXCEPTION", message);

export const tokenAnswer = (token: string, expiresIn: number) =>
  fromSample(doc.tokenAnswer, { access_token: token, expires_in: expiresIn });

export const ack = (status: boolean, remark: string, trackingId: string) =>
  fromSample(doc.acknowledgement, { status, remark, tracking_id: trackingId });

/** Cancel and dispatch-date answers: one acknowledgement per id. */
export const ackList = (acks: ReturnType<typeof ack>[]) =>
  fromSample(doc.acknowledgementList, { data: acks });

export function createAnswer(parcel: EkartParcel) {
  const answer = fromSample(doc.createAnswer, {
    tracking_id: parcel.trackingId,
    vendor: "EKART",
    barcodes: { wbn: parcel.wbn, order: parcel.orderNumber, cod: "" },
  });
  // `cod` is "only applicable for vendors which require separate barcode to process COD"
  delete (answer.barcodes as Partial<typeof answer.barcodes>).cod;
  return answer;
}

const detailOf = (scan: EkartScan) =>
  fromSample(doc.trackDetail, {
    status: scan.status,
    ctime: scan.ctime,
    desc: scan.desc,
    location: scan.location,
    ndrStatus: scan.ndrStatus,
  });

/** Failed delivery attempts: the published Delivered push counts "0". */
const attemptsOf = (parcel: EkartParcel) =>
  parcel.scans.filter((s) => s.status === "Undelivered").length;

/** "edd: only available for picked up shipments"; promised three days after pickup. */
const eddOf = (parcel: EkartParcel) =>
  parcel.pickupTime ? parcel.pickupTime + 3 * 86_400_000 : null;

/** GET /api/v1/track/{id}: ndrStatus and ndrActions only on an undelivered parcel. */
export function trackAnswer(parcel: EkartParcel) {
  const last = current(parcel);
  const ndr = last.status === "Undelivered";
  const track = fromSample(doc.trackAnswer.track, {
    ...detailOf(last),
    pickupTime: parcel.pickupTime ?? 0,
    attempts: attemptsOf(parcel),
    ndrActions: ["Re-Attempt", "RTO"],
    details: parcel.scans.map(detailOf),
  });
  if (!ndr) {
    delete (track as Partial<typeof track>).ndrStatus;
    delete (track as Partial<typeof track>).ndrActions;
  }
  const answer = fromSample(doc.trackAnswer, {
    _id: parcel.trackingId,
    track,
    edd: eddOf(parcel) ?? 0,
    order_number: parcel.orderNumber,
  });
  if (eddOf(parcel) === null) delete (answer as Partial<typeof answer>).edd;
  return answer;
}

/** The track_updated push for one scan. Before pickup Ekart's edd is unpublished: 0, as pickupTime. */
export const trackUpdatedPush = (parcel: EkartParcel, scan: EkartScan) =>
  fromSample(doc.trackUpdatedPush, {
    ctime: scan.ctime,
    status: scan.status,
    location: scan.location,
    desc: scan.desc,
    attempts: String(attemptsOf(parcel)),
    pickupTime: parcel.pickupTime ?? 0,
    wbn: parcel.wbn,
    id: parcel.trackingId,
    orderNumber: parcel.orderNumber,
    edd: eddOf(parcel) ?? 0,
  });

/** The shipment_created and shipment_recreated push: one body for both topics. */
export const shipmentPush = (parcel: EkartParcel) =>
  fromSample(doc.shipmentCreatedPush, {
    id: parcel.trackingId,
    wbn: parcel.wbn,
    vendor: "EKART",
    orderNumber: parcel.orderNumber,
    channelId: parcel.channelId,
  });

export function pincodeAnswer(pincode: string, served: boolean) {
  const answer = fromSample(doc.pincodeAnswer, {
    status: served,
    pincode: Number(pincode),
    remark: served ? "Pincode is serviceable" : "Pincode is not serviceable",
    details: { ...doc.pincodeAnswer.details, max_cod_amount: 49_999, city: "Sandbox" },
  });
  if (!served) delete (answer as Partial<typeof answer>).details;
  return answer;
}

export const manifestAnswer = (manifestNumber: number, url: string) =>
  fromSample(doc.manifestAnswer, {
    ctime: Date.now(),
    manifestNumber,
    manifestDownloadUrl: url,
  });

export const addressAnswer = (alias: string) =>
  fromSample(doc.addressAnswer, {
    alias,
    remark: `Successful operation on Address ${alias}`,
  });

export const webhookAnswer = (hook: {
  url: string;
  secret: string;
  topics: string[];
  id: string;
}) => fromSample(doc.webhookAnswer, { ...hook, active: true });
