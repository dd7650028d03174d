import { CourierError } from "@/lib/errors/courier-error";
import type { Courier } from "../courier";
import type { CourierHttp } from "../http/types";
import type { CourierAdapterFactory } from "../registry-types";
import type * as T from "../types";
import { isPincode } from "../field-checks";
import {
  authHeaders,
  delhiveryHttpConfig,
  invalid,
  type DelhiveryCall,
  type DelhiveryCredentials,
} from "./client";
import { renderDelhiveryManifest } from "./manifest";
import { toCreateForm, toDelhiveryShipment } from "./mapper";
import { fetchNdrStatus, requestReattempt } from "./ndr";
import { requestPickup } from "./pickup";
import { fetchDelhiveryRates } from "./rates";
import * as read from "./read";
import { readTracking, trackSchema, type DelhiveryShipmentRecord } from "./tracking";
import { createClientWarehouse } from "./warehouse";
import { parseDelhiveryWebhook } from "./webhook";

const TRACK_BATCH = 50; // "Track upto 50 waybills (comma-separated) with a single request"

export class DelhiveryCourier implements Courier {
  readonly code = "DELHIVERY" as const;
  readonly capabilities: T.CourierCapabilities = {
    reverse: true,
    ndr: true,
    // no manifest API: createManifest prints Packline's own handover sheet from tracking data
    manifest: true,
    pickup: true,
    rates: true,
    mps: false,
    trackByReference: true,
  };

  constructor(
    private readonly http: CourierHttp,
    private readonly credentials: DelhiveryCredentials,
    private readonly account: { pickupPincode: string; pickupLocationName: string | null },
    private readonly webhookSecret: string | null,
  ) {}

  private readonly call: DelhiveryCall = (request) =>
    this.http.request({
      ...request,
      headers: { ...request.headers, ...authHeaders(this.credentials) },
    });

  async checkServiceability(pincode: string): Promise<T.ServiceabilityResult> {
    if (!isPincode(pincode)) throw invalid(`"${pincode}" is not a 6-digit pincode`);
    const { body } = await this.call({
      endpoint: "serviceability",
      method: "GET",
      path: "/c/api/pin-codes/json/",
      query: { filter_codes: pincode },
    });
    return read.readServiceability(pincode, read.parseWith(read.pincodeSchema, body, "pincode"));
  }

  getRates(request: T.RateRequest): Promise<T.RateQuoteResult[]> {
    return fetchDelhiveryRates(this.call, request);
  }

  async createShipment(request: T.ShipmentRequest): Promise<T.BookedShipment> {
    const payload = toDelhiveryShipment(request, this.account.pickupLocationName);
    const { body } = await this.call({
      endpoint: "create",
      method: "POST",
      path: "/api/cmu/create.json",
      body: toCreateForm(payload),
    });
    return read.readCreated(read.parseWith(read.createSchema, body, "create"));
  }

  async findShipmentByReference(reference: string): Promise<T.BookedShipment | null> {
    const found = await this.fetchShipments({ ref_ids: reference });
    const match = found.find((s) => s.ReferenceNo === reference);
    if (!match) return null;
    return {
      awb: match.AWB,
      courierOrderRef: match.ReferenceNo ?? null,
      courierShipmentRef: null,
      serviceName: "Delhivery",
      chargePaise: null,
      labelUrl: null,
      expectedDeliveryAt: read.istDateTime(match.ExpectedDeliveryDate),
      raw: match,
    };
  }

  /** Tracking records for waybills or order ids; "No such waybill or order ID found" is []. */
  private async fetchShipments(query: { waybill?: string; ref_ids?: string }) {
    const { body } = await this.call({
      endpoint: "track",
      method: "GET",
      path: "/api/v1/packages/json/",
      query,
    });
    const parsed = read.parseWith(trackSchema, body, "tracking");
    return (parsed.ShipmentData ?? []).map((d) => d.Shipment);
  }

  /** POST /api/p/edit {waybill, cancellation: "true"}. Before pickup it cancels; after, it sends the parcel back (RT). */
  async cancelShipment(awb: string): Promise<{ cancelled: boolean; message: string | null }> {
    const { body } = await this.call<{ status?: boolean; remark?: string }>({
      endpoint: "cancel",
      method: "POST",
      path: "/api/p/edit",
      body: { waybill: awb, cancellation: "true" },
      idempotent: true,
    });
    return { cancelled: body?.status === true, message: body?.remark ?? null };
  }

  /** One waybill per call, as Delhivery's packing-slip API allows; a 4×6 PDF link. */
  async getLabel(awbs: string[]): Promise<T.LabelResult> {
    if (awbs.length !== 1) throw invalid("Delhivery serves one label per call; pass one waybill");
    const { body } = await this.call({
      endpoint: "label",
      method: "GET",
      path: "/api/p/packing_slip",
      query: { wbns: awbs[0], pdf: true, pdf_size: "4R" },
    });
    return read.readLabel(body, awbs[0]!);
  }

  async createManifest(awbs: string[]): Promise<T.ManifestResult> {
    if (awbs.length === 0) throw invalid("a manifest needs at least one waybill");
    const shipments: DelhiveryShipmentRecord[] = [];
    for (let i = 0; i < awbs.length; i += TRACK_BATCH)
      shipments.push(
        ...(await this.fetchShipments({ waybill: awbs.slice(i, i + TRACK_BATCH).join(",") })),
      );
    const missing = awbs.filter((awb) => !shipments.some((s) => s.AWB === awb));
    if (missing.length) throw invalid(`Delhivery does not know waybill(s) ${missing.join(", ")}`);
    const generatedAt = new Date();
    const manifestId = `PL-DLV-${generatedAt.getTime().toString(36).toUpperCase()}`;
    const pdf = await renderDelhiveryManifest({
      manifestId,
      clientName: this.credentials.clientName || "Delhivery client",
      pickupLocation: this.account.pickupLocationName,
      generatedAt,
      shipments,
    });
    return { manifestId, manifestUrl: null, pdf };
  }

  schedulePickup(request: T.PickupRequest): Promise<T.PickupResult> {
    return requestPickup(this.call, request, this.account.pickupLocationName);
  }

  registerPickupLocation(request: T.PickupLocationRequest): Promise<T.RegisteredPickupLocation> {
    return createClientWarehouse(this.call, request);
  }

  async track(awb: string): Promise<T.TrackingResult> {
    const shipment = (await this.fetchShipments({ waybill: awb })).find((s) => s.AWB === awb);
    if (!shipment)
      throw new CourierError({
        courier: "DELHIVERY",
        kind: "rejected",
        message: `Delhivery has no shipment with waybill ${awb}`,
      });
    return readTracking(shipment);
  }

  /** RTO: Delhivery has no RTO action; cancelling an in-transit shipment returns it to origin. */
  async ndrAction(request: T.NdrActionRequest): Promise<T.NdrActionResult> {
    if (request.kind !== "RTO") return requestReattempt(this.call, request);
    const result = await this.cancelShipment(request.awb);
    return { accepted: result.cancelled, courierRef: null, message: result.message };
  }

  getNdrStatus(uplId: string): Promise<{ done: boolean; raw: unknown }> {
    return fetchNdrStatus(this.call, uplId);
  }

  parseWebhook(input: T.WebhookInput): T.NormalisedWebhook[] | null {
    return parseDelhiveryWebhook(input, this.webhookSecret);
  }
}

export const createDelhiveryCourier: CourierAdapterFactory = (ctx) =>
  new DelhiveryCourier(
    ctx.createHttp(delhiveryHttpConfig()),
    { token: ctx.credentials.token ?? "", clientName: ctx.credentials.clientName ?? "" },
    ctx.account,
    ctx.webhookSecret,
  );
