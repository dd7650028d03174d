import { CourierError } from "@/lib/errors/courier-error";
import type { Courier } from "../courier";
import type { CourierAdapterFactory } from "../registry-types";
import type {
  CourierCapabilities,
  NdrActionRequest,
  RateRequest,
  ServiceabilityResult,
  WebhookInput,
} from "../types";
import { bookShipment, searchOrder, type ShiprocketRefs } from "./book";
import { createShiprocketHttp } from "./client";
import {
  labelSchema,
  manifestSchema,
  parseIstDate,
  parseOrThrow,
  pickupSchema,
  serviceabilitySchema,
  toRateQuotes,
  toTracking,
  trackingSchema,
} from "./parse";
import { checkPincode, gramsToKg, normalisePhone, paiseToRupees } from "./validate";
import { parseShiprocketWebhook } from "./webhook";

const capabilities: CourierCapabilities = {
  reverse: true,
  ndr: true,
  manifest: true,
  pickup: true,
  rates: true,
  mps: false,
  trackByReference: true,
};

/** Shiprocket behind the courier port. Base URL: https://apiv2.shiprocket.in/v1/external. */
export const createShiprocketCourier: CourierAdapterFactory = (ctx) => {
  const http = createShiprocketHttp(ctx);
  const pickupLocation = ctx.account.pickupLocationName ?? "Primary";
  // AWB → Shiprocket ids, so label/pickup/manifest calls after a booking skip the search.
  const refsByAwb = new Map<string, ShiprocketRefs>();

  async function refsFor(awb: string): Promise<ShiprocketRefs> {
    const known = refsByAwb.get(awb) ?? (await searchOrder(http, awb));
    if (!known)
      throw new CourierError({
        courier: "SHIPROCKET",
        kind: "rejected",
        message: `Shiprocket has no live shipment with AWB ${awb}.`,
      });
    refsByAwb.set(awb, known);
    return known;
  }

  const shipmentIds = async (awbs: string[]) =>
    Promise.all(awbs.map(async (awb) => Number((await refsFor(awb)).shipmentId)));

  async function serviceability(rate: RateRequest) {
    const res = await http
      .request({
        endpoint: "serviceability",
        method: "GET",
        path: "/courier/serviceability",
        query: {
          pickup_postcode: checkPincode(rate.pickupPincode, "Pickup"),
          delivery_postcode: checkPincode(rate.dropPincode, "Drop"),
          weight: gramsToKg(rate.weightGrams),
          cod: rate.cod ? 1 : 0,
          declared_value: Math.ceil(paiseToRupees(rate.declaredValuePaise)),
          is_return: rate.direction === "REVERSE" ? 1 : 0,
        },
      })
      .catch((error: unknown) => {
        // Shiprocket answers 404 when no courier serves the lane: an answer, not a failure.
        if (error instanceof CourierError && error.status === 404)
          return { body: { data: undefined } };
        throw error;
      });
    return toRateQuotes(parseOrThrow(serviceabilitySchema, res.body, "serviceability"));
  }

  const courier: Courier = {
    code: "SHIPROCKET",
    capabilities,

    async checkServiceability(pincode): Promise<ServiceabilityResult> {
      const lane = {
        pickupPincode: ctx.account.pickupPincode,
        dropPincode: pincode,
        weightGrams: 500,
        declaredValuePaise: 100_000,
      };
      const [forward, reverse] = await Promise.all([
        serviceability({ ...lane, cod: true, direction: "FORWARD" }),
        serviceability({ ...lane, cod: false, direction: "REVERSE" }),
      ]);
      return {
        pincode,
        serviceable: forward.length > 0,
        cod: forward.some((q) => q.codAvailable),
        prepaid: forward.length > 0,
        pickup: reverse.length > 0,
        reverse: reverse.length > 0,
      };
    },

    getRates: (request) => serviceability(request),

    async createShipment(request) {
      const { refs, ...booked } = await bookShipment(http, request, pickupLocation);
      refsByAwb.set(booked.awb, refs);
      return booked;
    },

    async findShipmentByReference(reference) {
      const refs = await searchOrder(http, reference);
      if (!refs?.awb) return null;
      refsByAwb.set(refs.awb, refs);
      return {
        awb: refs.awb,
        courierOrderRef: refs.orderId,
        courierShipmentRef: refs.shipmentId,
        serviceName: refs.courierName,
        chargePaise: null,
        labelUrl: null,
        expectedDeliveryAt: null,
        raw: refs,
      };
    },

    async cancelShipment(awb) {
      const refs = await refsFor(awb);
      const res = await http.request<{ message?: string }>({
        endpoint: "cancel",
        method: "POST",
        path: "/orders/cancel",
        body: { ids: [Number(refs.orderId)] },
        idempotent: true,
      });
      refsByAwb.delete(awb);
      return { cancelled: true, message: res.body?.message ?? null };
    },

    async getLabel(awbs) {
      const res = await http.request({
        endpoint: "label",
        method: "POST",
        path: "/courier/generate/label",
        body: { shipment_id: await shipmentIds(awbs) },
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
    },

    async createManifest(awbs) {
      const res = await http.request({
        endpoint: "manifest",
        method: "POST",
        path: "/manifests/generate",
        body: { shipment_id: await shipmentIds(awbs) },
      });
      const body = parseOrThrow(manifestSchema, res.body, "manifest");
      const id = /MANIFEST-[\w-]+/.exec(body.manifest_url)?.[0] ?? null;
      return { manifestId: id, manifestUrl: body.manifest_url || null, pdf: null };
    },

    async schedulePickup(request) {
      const res = await http.request({
        endpoint: "pickup",
        method: "POST",
        path: "/courier/generate/pickup",
        body: { shipment_id: await shipmentIds(request.awbs) },
      });
      const body = parseOrThrow(pickupSchema, res.body, "pickup");
      return {
        scheduledFor: parseIstDate(body.response.pickup_scheduled_date),
        pickupToken: body.response.pickup_token_number ?? null,
        raw: res.body,
      };
    },

    async track(awb) {
      const res = await http.request({
        endpoint: "track",
        method: "GET",
        path: `/courier/track/awb/${encodeURIComponent(awb)}`,
      });
      return toTracking(awb, parseOrThrow(trackingSchema, res.body, "tracking"));
    },

    async ndrAction(request: NdrActionRequest) {
      const body =
        request.kind === "RTO"
          ? { action: "return", comments: request.remarks ?? "Return to origin" }
          : {
              action: "re-attempt",
              comments: request.remarks ?? "Please re-attempt delivery",
              deferred_date: request.date,
              ...(request.phone ? { phone: normalisePhone(request.phone, "NDR phone") } : {}),
              ...(request.address?.line1 ? { address1: request.address.line1 } : {}),
              ...(request.address?.line2 ? { address2: request.address.line2 } : {}),
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
    },

    parseWebhook: (input: WebhookInput) => parseShiprocketWebhook(input, ctx.webhookSecret),
  };
  return courier;
};
