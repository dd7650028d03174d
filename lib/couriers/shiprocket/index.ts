import { CourierError } from "@/lib/errors/courier-error";
import type { Courier } from "../courier";
import { isDryRunId } from "../dry-run";
import type { CourierAdapterFactory } from "../registry-types";
import type { CourierCapabilities, WebhookInput } from "../types";
import { bookShipment, searchOrder, type ShiprocketRefs } from "./book";
import { getOrderCharge } from "./charges";
import { createShiprocketHttp } from "./client";
import { generateLabel, generateManifest, generatePickup, ndrAction } from "./operations";
import { parseOrThrow } from "./parse";
import { addPickupLocation } from "./pickup-location";
import { checkPincodeService, quoteLane } from "./rates";
import { toTracking, trackingSchema } from "./tracking";
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

  const courier: Courier = {
    code: "SHIPROCKET",
    capabilities,

    checkServiceability: (pincode) => checkPincodeService(http, ctx.account.pickupPincode, pincode),

    getRates: (request) => quoteLane(http, request),

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
      // label calls carry shipment ids, not AWBs: refuse a synthetic one here (see ../dry-run.ts)
      const synthetic = awbs.find(isDryRunId);
      if (synthetic)
        throw new CourierError({
          courier: "SHIPROCKET",
          kind: "unsupported",
          message: `${synthetic} is a dry-run booking: Shiprocket has no label for it.`,
        });
      return generateLabel(http, await shipmentIds(awbs));
    },

    createManifest: async (awbs) => generateManifest(http, await Promise.all(awbs.map(refsFor))),

    schedulePickup: async (request) => generatePickup(http, await shipmentIds(request.awbs)),

    registerPickupLocation: (request) => addPickupLocation(http, request),

    async track(awb) {
      const res = await http.request({
        endpoint: "track",
        method: "GET",
        path: `/courier/track/awb/${encodeURIComponent(awb)}`,
      });
      return toTracking(awb, parseOrThrow(trackingSchema, res.body, "tracking"));
    },

    async getCharge({ awb, courierOrderRef }) {
      return getOrderCharge(http, courierOrderRef ?? (await refsFor(awb)).orderId);
    },

    ndrAction: (request) => ndrAction(http, request),

    parseWebhook: (input: WebhookInput) => parseShiprocketWebhook(input, ctx.webhookSecret),
  };
  return courier;
};
