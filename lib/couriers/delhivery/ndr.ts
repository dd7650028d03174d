import { normalisePhone } from "../field-checks";
import type * as T from "../types";
import { invalid, type DelhiveryCall } from "./client";

/**
 * Re-attempt: a new phone or address is first written with the edit API (the NDR API takes
 * none), then RE-ATTEMPT is queued; the answer is a UPL id to poll (fetchNdrStatus). Delhivery
 * picks the re-attempt day itself, so the requested date goes into the message only.
 * (RTO has no NDR action at Delhivery: DelhiveryCourier cancels the shipment instead.)
 */
export async function requestReattempt(
  call: DelhiveryCall,
  request: Extract<T.NdrActionRequest, { kind: "REATTEMPT" }>,
): Promise<T.NdrActionResult> {
  const edit: Record<string, string> = {};
  if (request.phone) {
    const phone = normalisePhone(request.phone);
    if (!phone) throw invalid(`phone: "${request.phone}" is not a 10-digit Indian mobile number`);
    edit.phone = phone;
  }
  const line = [request.address?.line1, request.address?.line2, request.address?.landmark]
    .filter((p) => p && p.trim())
    .join(", ");
  if (line) edit.add = line;
  if (Object.keys(edit).length)
    await call({
      endpoint: "edit",
      method: "POST",
      path: "/api/p/edit",
      body: { waybill: request.awb, ...edit },
      idempotent: true,
    });
  const { body } = await call<{ request_id?: string; remark?: string }>({
    endpoint: "ndr",
    method: "POST",
    path: "/api/p/update",
    body: { data: [{ waybill: request.awb, act: "RE-ATTEMPT" }] },
    idempotent: true,
  });
  return {
    accepted: typeof body?.request_id === "string" && body.request_id !== "",
    courierRef: body?.request_id ?? null,
    message: `Re-attempt requested (Delhivery schedules the day; asked for ${request.date})`,
  };
}

/** GET /api/cmu/get_bulk_upl/{id}?verbose=true: how an NDR request (UPL id) went. */
export async function fetchNdrStatus(
  call: DelhiveryCall,
  uplId: string,
): Promise<{ done: boolean; raw: unknown }> {
  const { body } = await call<{ status?: string }>({
    endpoint: "ndr-status",
    method: "GET",
    path: `/api/cmu/get_bulk_upl/${encodeURIComponent(uplId)}`,
    query: { verbose: true },
  });
  return { done: /complete|success/i.test(String(body?.status ?? "")), raw: body };
}
