import { CourierError } from "@/lib/errors/courier-error";
import type { Courier } from "../courier";
import type { CourierHttp } from "../http/types";
import type { CourierAdapterFactory } from "../registry-types";
import type * as T from "../types";
import { ekartHttpConfig, fetchEkartToken, type EkartCredentials } from "./client";
import { toEkartShipment } from "./mapper";
import { checkPincodeArg, toEkartAddress, toEkartEstimate, toEkartNdr } from "./mapper-requests";
import * as ops from "./operations";
import * as read from "./read";
import * as acks from "./read-acks";
import { parseEkartWebhook } from "./webhook";

export class EkartCourier implements Courier {
  readonly code = "EKART" as const;
  readonly capabilities: T.CourierCapabilities = {
    reverse: true,
    ndr: true,
    manifest: true,
    pickup: true,
    rates: true,
    mps: false,
    // Ekart documents no search by the seller's order number.
    trackByReference: false,
  };

  constructor(
    private readonly http: CourierHttp,
    private readonly webhookSecret: string | null,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async checkServiceability(pincode: string): Promise<T.ServiceabilityResult> {
    checkPincodeArg(pincode);
    const { body } = await this.http.request<read.EkartPincode>({
      endpoint: "serviceability",
      method: "GET",
      path: `/api/v2/serviceability/${pincode}`,
    });
    return read.readServiceability(pincode, body);
  }

  async getRates(request: T.RateRequest): Promise<T.RateQuoteResult[]> {
    const { estimate, lane } = toEkartEstimate(request);
    const [priced, lanes] = await Promise.all([
      this.http.request<acks.EkartEstimate>({
        endpoint: "estimate",
        method: "POST",
        path: "/data/pricing/estimate",
        body: estimate,
        idempotent: true,
      }),
      this.http.request<acks.EkartLanes>({
        endpoint: "serviceability",
        method: "POST",
        path: "/data/v3/serviceability",
        body: lane,
        idempotent: true,
      }),
    ]);
    return [acks.readQuote(request.cod, priced.body, lanes.body)];
  }

  async createShipment(request: T.ShipmentRequest): Promise<T.BookedShipment> {
    const payload = toEkartShipment(request);
    const { body } = await this.http.request<read.EkartCreateAck>({
      endpoint: "create",
      method: "PUT",
      path: "/api/v1/package/create",
      body: payload,
      // a PUT, but a repeat could book twice: Packline looks up before retrying a lost answer
      idempotent: false,
    });
    return read.readCreated(body);
  }

  async findShipmentByReference(reference: string): Promise<T.BookedShipment | null> {
    throw new CourierError({
      courier: "EKART",
      kind: "unsupported",
      message: `Ekart has no lookup by order number; check booking ${reference} in the Ekart dashboard before retrying`,
    });
  }

  async cancelShipment(awb: string): Promise<{ cancelled: boolean; message: string | null }> {
    const { body } = await this.http.request<Parameters<typeof acks.readCancelled>[0]>({
      endpoint: "cancel",
      method: "DELETE",
      path: "/api/v1/package/cancel",
      query: { tracking_id: awb },
    });
    return acks.readCancelled(body);
  }

  getLabel(awbs: string[]): Promise<T.LabelResult> {
    return ops.generateLabel(this.http, awbs);
  }

  createManifest(awbs: string[]): Promise<T.ManifestResult> {
    return ops.generateManifest(this.http, awbs);
  }

  /** Ekart picks up on the preferred dispatch date; this sets it for the given shipments. */
  schedulePickup(request: T.PickupRequest): Promise<T.PickupResult> {
    return ops.setDispatchDate(this.http, request);
  }

  async track(awb: string): Promise<T.TrackingResult> {
    const { body } = await this.http.request<read.EkartTrack>({
      endpoint: "track",
      method: "GET",
      path: `/api/v1/track/${encodeURIComponent(awb)}`,
      auth: false, // an open API
    });
    return read.readTrack(awb, body);
  }

  async ndrAction(request: T.NdrActionRequest): Promise<T.NdrActionResult> {
    const { body } = await this.http.request<Parameters<typeof acks.readNdrAck>[0]>({
      endpoint: "ndr",
      method: "POST",
      path: "/api/v2/package/ndr",
      body: toEkartNdr(request, this.now()),
    });
    return acks.readNdrAck(body);
  }

  /** POST /api/v2/address: registers the warehouse under an alias used as pickup_location.name. */
  async registerPickupLocation(
    request: T.PickupLocationRequest,
  ): Promise<T.RegisteredPickupLocation> {
    const { body } = await this.http.request({
      endpoint: "address",
      method: "POST",
      path: "/api/v2/address",
      body: toEkartAddress(request.name, request.address),
    });
    return acks.readAddressAck(request.name, body);
  }

  parseWebhook(input: T.WebhookInput): T.NormalisedWebhook[] | null {
    return parseEkartWebhook(input, this.webhookSecret);
  }
}

export const createEkartCourier: CourierAdapterFactory = (ctx) => {
  const credentials: EkartCredentials = {
    clientId: ctx.credentials.clientId ?? "",
    username: ctx.credentials.username ?? "",
    password: ctx.credentials.password ?? "",
  };
  const http: CourierHttp = ctx.createHttp(
    ekartHttpConfig(() => fetchEkartToken(http, credentials)),
  );
  return new EkartCourier(http, ctx.webhookSecret);
};
