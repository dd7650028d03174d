import { CourierError } from "@/lib/errors/courier-error";
import type { CourierHttp } from "../http/types";
import type * as T from "../types";
import { readManifest } from "./read-acks";

// The after-booking calls: labels, manifests and the dispatch (pickup) date, by AWB.

const MAX_IDS = 100; // labels and manifests: "Maximum 100 at a time"

function checkIds(awbs: string[], what: string): void {
  if (awbs.length === 0 || awbs.length > MAX_IDS)
    throw new CourierError({
      courier: "EKART",
      kind: "validation",
      message: `${what}: between 1 and ${MAX_IDS} AWBs per call`,
    });
}

export async function generateLabel(http: CourierHttp, awbs: string[]): Promise<T.LabelResult> {
  checkIds(awbs, "label");
  const { body } = await http.request<Uint8Array>({
    endpoint: "label",
    method: "POST",
    path: "/api/v1/package/label",
    query: { json_only: false },
    body: { ids: awbs },
    responseType: "bytes",
    idempotent: true,
  });
  return { url: null, pdf: body };
}

export async function generateManifest(
  http: CourierHttp,
  awbs: string[],
): Promise<T.ManifestResult> {
  checkIds(awbs, "manifest");
  const { body, dryRun } = await http.request<Parameters<typeof readManifest>[0]>({
    endpoint: "manifest",
    method: "POST",
    path: "/data/v2/generate/manifest",
    body: { ids: awbs },
    idempotent: true,
  });
  return readManifest(body, dryRun);
}

/** Ekart picks up on the preferred dispatch date; this sets it for the given shipments. */
export async function setDispatchDate(
  http: CourierHttp,
  request: T.PickupRequest,
): Promise<T.PickupResult> {
  checkIds(request.awbs, "pickup");
  const { body } = await http.request({
    endpoint: "dispatch-date",
    method: "POST",
    path: "/data/shipment/dispatch-date",
    body: { ids: request.awbs, dispatchDate: request.pickupDate },
    idempotent: true,
  });
  return {
    scheduledFor: new Date(`${request.pickupDate}T00:00:00+05:30`),
    pickupToken: null,
    raw: body,
  };
}
