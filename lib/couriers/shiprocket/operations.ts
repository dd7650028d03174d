import { CourierError } from "@/lib/errors/courier-error";
import type { CourierHttp } from "../http/types";
import type {
  Address,
  LabelResult,
  ManifestResult,
  NdrActionRequest,
  NdrActionResult,
  PickupResult,
} from "../types";
import { parseIstDate } from "./dates";
import {
  labelSchema,
  manifestPrintSchema,
  manifestSchema,
  parseOrThrow,
  pickupSchema,
} from "./parse";
import { normalisePhone } from "./validate";

// The after-booking calls; label, manifest and pickup take Shiprocket shipment ids.

export async function generateLabel(
  http: CourierHttp,
  shipmentIds: number[],
): Promise<LabelResult> {
  const res = await http.request({
    endpoint: "label",
    method: "POST",
    path: "/courier/generate/label",
    body: { shipment_id: shipmentIds },
    idempotent: true,
  });
  const body = parseOrThrow(labelSchema, res.body, "label");
  if (body.label_created !== 1 || !body.label_url)
    throw new CourierError({
      courier: "SHIPROCKET",
      kind: "rejected",
      message: `Shiprocket made no label: ${body.response ?? "no reason given"}.`,
      courierMessage: body.response ?? null,
    });
  return { url: body.label_url, pdf: null };
}

const toManifest = (url: string): ManifestResult => ({
  manifestId: /MANIFEST-[\w-]+/.exec(url)?.[0] ?? null,
  manifestUrl: url || null,
  pdf: null,
});

const alreadyManifested = (error: unknown): boolean =>
  error instanceof CourierError &&
  error.kind === "rejected" &&
  /manifest already generated/i.test(error.courierMessage ?? "");

/**
 * manifests/generate takes shipment ids. A manifest made by an earlier call whose answer was
 * lost is refused the second time (400 "Manifest already generated…"): it is printed again
 * through manifests/print, which takes the Shiprocket order ids.
 */
export async function generateManifest(
  http: CourierHttp,
  refs: { shipmentId: string; orderId: string }[],
): Promise<ManifestResult> {
  try {
    const res = await http.request({
      endpoint: "manifest",
      method: "POST",
      path: "/manifests/generate",
      body: { shipment_id: refs.map((r) => Number(r.shipmentId)) },
    });
    return toManifest(parseOrThrow(manifestSchema, res.body, "manifest").manifest_url);
  } catch (error) {
    if (!alreadyManifested(error)) throw error;
    const res = await http.request({
      endpoint: "manifest_print",
      method: "POST",
      path: "/manifests/print",
      body: { order_ids: refs.map((r) => Number(r.orderId)) },
      idempotent: true,
    });
    return toManifest(parseOrThrow(manifestPrintSchema, res.body, "manifest print").manifest_url);
  }
}

export async function generatePickup(
  http: CourierHttp,
  shipmentIds: number[],
): Promise<PickupResult> {
  const res = await http.request({
    endpoint: "pickup",
    method: "POST",
    path: "/courier/generate/pickup",
    body: { shipment_id: shipmentIds },
  });
  const body = parseOrThrow(pickupSchema, res.body, "pickup");
  return {
    scheduledFor: parseIstDate(body.response.pickup_scheduled_date),
    pickupToken: body.response.pickup_token_number ?? null,
    raw: res.body,
  };
}

/** Area and landmark share Shiprocket's second address line, as at booking (validate.ts). */
function secondLine(address: Partial<Address> | null | undefined): string {
  return [address?.line2, address?.landmark && `Near ${address.landmark}`]
    .filter((part): part is string => Boolean(part && part.trim()))
    .join(", ");
}

/** POST ndr/{awb}/action: re-attempt (with a deferred date, new phone or address) or return. */
export async function ndrAction(
  http: CourierHttp,
  request: NdrActionRequest,
): Promise<NdrActionResult> {
  const body =
    request.kind === "RTO"
      ? { action: "return", comments: request.remarks ?? "Return to origin" }
      : {
          action: "re-attempt",
          comments: request.remarks ?? "Please re-attempt delivery",
          deferred_date: request.date,
          ...(request.phone ? { phone: normalisePhone(request.phone, "NDR phone") } : {}),
          ...(request.address?.line1 ? { address1: request.address.line1 } : {}),
          ...(secondLine(request.address) ? { address2: secondLine(request.address) } : {}),
        };
  const res = await http.request<{ status?: string; message?: string }>({
    endpoint: "ndr",
    method: "POST",
    path: `/ndr/${encodeURIComponent(request.awb)}/action`,
    body,
  });
  return {
    accepted: true,
    courierRef: null,
    message: res.body?.status ?? res.body?.message ?? null,
  };
}
