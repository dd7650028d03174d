import { CourierError } from "@/lib/errors/courier-error";
import type { CourierHttp } from "../http/types";
import type { BookedShipment, ShipmentRequest } from "../types";
import { toAdhocOrder, toReturnOrder } from "./mapper";
import { adhocOrderSchema, assignAwbSchema, ordersSearchSchema, parseOrThrow } from "./parse";

/** Shiprocket ids behind an AWB (label, pickup and manifest calls take shipment ids). */
export interface ShiprocketRefs {
  orderId: string;
  shipmentId: string;
  awb: string | null;
  courierName: string | null;
}

/**
 * The live (not cancelled) Shiprocket order whose channel order id is Packline's reference, or
 * whose shipment carries the AWB: GET /orders?search= searches "AWB or channel order_id".
 */
export async function searchOrder(http: CourierHttp, term: string): Promise<ShiprocketRefs | null> {
  const res = await http.request({
    endpoint: "orders",
    method: "GET",
    path: "/orders",
    query: { search: term, per_page: 10 },
  });
  const { data } = parseOrThrow(ordersSearchSchema, res.body, "order search");
  for (const order of data) {
    if (/^CANCEL/i.test(order.status)) continue;
    const shipment = order.shipments?.find(
      (s) => order.channel_order_id === term || s.awb === term,
    );
    if (!shipment) continue;
    return {
      orderId: order.id,
      shipmentId: shipment.id,
      awb: shipment.awb || null,
      courierName: shipment.courier || null,
    };
  }
  return null;
}

async function assignAwb(
  http: CourierHttp,
  shipmentId: string,
  serviceCode: string | null | undefined,
): Promise<{ awb: string; courierName: string | null }> {
  const res = await http.request({
    endpoint: "assign_awb",
    method: "POST",
    path: "/courier/assign/awb",
    body: {
      shipment_id: Number(shipmentId),
      ...(serviceCode ? { courier_id: Number(serviceCode) } : {}),
    },
  });
  const body = parseOrThrow(assignAwbSchema, res.body, "assign AWB");
  const awb = body.response.data.awb_code;
  if (body.awb_assign_status !== 1 || !awb)
    throw new CourierError({
      courier: "SHIPROCKET",
      kind: "rejected",
      status: res.status,
      message: `Shiprocket could not assign an AWB: ${body.response.data.awb_assign_error ?? "no reason given"}.`,
      courierMessage: body.response.data.awb_assign_error ?? null,
    });
  return { awb, courierName: body.response.data.courier_name ?? null };
}

const orderIdTaken = (error: unknown): boolean =>
  error instanceof CourierError &&
  error.kind === "rejected" &&
  /order id has already been taken/i.test(error.courierMessage ?? error.message);

/**
 * Creates the Shiprocket order (adhoc forward or return) and assigns its AWB. Idempotent on
 * Packline's reference: an order created by an earlier attempt whose AWB step was lost is found
 * by search and completed, so Shiprocket never holds two orders for one booking.
 */
export async function bookShipment(
  http: CourierHttp,
  request: ShipmentRequest,
  pickupLocation: string,
): Promise<BookedShipment & { refs: ShiprocketRefs }> {
  const body =
    request.direction === "REVERSE"
      ? toReturnOrder(request)
      : toAdhocOrder(request, pickupLocation);
  let refs: ShiprocketRefs;
  try {
    const res = await http.request({
      endpoint: "create",
      method: "POST",
      path: request.direction === "REVERSE" ? "/orders/create/return" : "/orders/create/adhoc",
      body,
    });
    const created = parseOrThrow(adhocOrderSchema, res.body, "create order");
    refs = {
      orderId: created.order_id,
      shipmentId: created.shipment_id,
      awb: created.awb_code || null,
      courierName: null,
    };
  } catch (error) {
    const existing = orderIdTaken(error) ? await searchOrder(http, request.reference) : null;
    if (!existing) throw error;
    refs = existing;
  }
  if (!refs.awb) {
    const assigned = await assignAwb(http, refs.shipmentId, request.serviceCode);
    refs = { ...refs, awb: assigned.awb, courierName: assigned.courierName };
  }
  return {
    awb: refs.awb as string,
    courierOrderRef: refs.orderId,
    courierShipmentRef: refs.shipmentId,
    serviceName: refs.courierName,
    chargePaise: null,
    labelUrl: null,
    expectedDeliveryAt: null,
    raw: refs,
    refs,
  };
}
