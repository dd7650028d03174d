import { CourierError } from "@/lib/errors/courier-error";
import type { Courier } from "../courier";
import type { CourierHttp } from "../http/types";
import type { CourierAdapterFactory } from "../registry-types";
import type * as T from "../types";
import { isPincode, normalisePhone } from "../field-checks";
import { authHeaders, delhiveryHttpConfig, type DelhiveryCredentials } from "./client";
import { renderDelhiveryManifest } from "./manifest";
import { toCreateForm, toDelhiveryShipment } from "./mapper";
import * as read from "./read";
import { parseDelhiveryWebhook } from "./webhook";

const TRACK_BATCH = 50; // "Track upto 50 waybills (comma-separated) with a single request"

function invalid(message: string): CourierError {
  return new CourierError({ courier: "DELHIVERY", kind: "validation", message });
}

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

  private call<B>(request: Parameters<CourierHttp["request"]>[0]) {
    return this.http.request<B>({
      ...request,
      headers: { ...request.headers, ...authHeaders(this.credentials) },
    });
  }

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

  /** Surface charges from the invoice-charges API, with the lane's TAT from the expected-TAT API. */
  async getRates(request: T.RateRequest): Promise<T.RateQuoteResult[]> {
    if (!isPincode(request.pickupPincode) || !isPincode(request.dropPincode))
      throw invalid("rates need 6-digit pickup and drop pincodes");
    if (!(request.weightGrams >= 1)) throw invalid("rates need a weight of at least 1 gram");
    const [charges, tat] = await Promise.all([
      this.call({
        endpoint: "charges",
        method: "GET",
        path: "/api/kinko/v1/invoice/charges/.json",
        query: {
          md: "S",
          ss: request.direction === "REVERSE" ? "DTO" : "Delivered",
          o_pin: request.pickupPincode,
          d_pin: request.dropPincode,
          cgm: Math.ceil(request.weightGrams),
          pt: request.cod ? "COD" : "Pre-paid",
        },
      }),
      this.call<{ data?: { tat?: unknown }; tat?: unknown }>({
        endpoint: "tat",
        method: "GET",
        path: "/api/dc/expected_tat",
        query: {
          origin_pin: request.pickupPincode,
          destination_pin: request.dropPincode,
          mot: "S",
        },
      }),
    ]);
    const quote = read.parseWith(read.chargesSchema, charges.body, "charges")[0];
    const days = Number(tat.body?.data?.tat ?? tat.body?.tat);
    const charge = quote ? read.rupeesToPaise(quote.total_amount) : null;
    return [
      {
        serviceable: charge !== null && charge > 0,
        serviceCode: "S",
        serviceName: `Delhivery Surface${quote?.zone ? ` (zone ${quote.zone})` : ""}`,
        chargePaise: charge,
        promisedDays: Number.isFinite(days) && days > 0 ? Math.ceil(days) : null,
        codAvailable: request.cod && charge !== null,
        raw: { charges: charges.body, tat: tat.body },
      },
    ];
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
    const parsed = read.parseWith(read.trackSchema, body, "tracking");
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
    const { body } = await this.call<{ packages?: { pdf_download_link?: string }[] }>({
      endpoint: "label",
      method: "GET",
      path: "/api/p/packing_slip",
      query: { wbns: awbs[0], pdf: true, pdf_size: "4R" },
    });
    const url = body?.packages?.[0]?.pdf_download_link;
    if (!url)
      throw new CourierError({
        courier: "DELHIVERY",
        kind: "rejected",
        message: `Delhivery has no label for ${awbs[0]} (not manifested under this account?)`,
      });
    return { url, pdf: null };
  }

  async createManifest(awbs: string[]): Promise<T.ManifestResult> {
    if (awbs.length === 0) throw invalid("a manifest needs at least one waybill");
    const shipments: read.DelhiveryShipmentRecord[] = [];
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

  /** A pickup request is per warehouse, not per waybill (one open request per location and day). */
  async schedulePickup(request: T.PickupRequest): Promise<T.PickupResult> {
    const location = (request.locationName ?? this.account.pickupLocationName ?? "").trim();
    if (!location) throw invalid("a Delhivery pickup needs the registered warehouse name");
    const pickupTime = "11:00:00";
    const { body } = await this.call<{ pickup_id?: number | string; pickup_date?: string }>({
      endpoint: "pickup",
      method: "POST",
      path: "/fm/request/new/",
      body: {
        pickup_time: pickupTime,
        pickup_date: request.pickupDate,
        pickup_location: location,
        expected_package_count: Math.max(1, request.expectedPackageCount),
      },
    });
    return {
      scheduledFor: read.istDateTime(`${body?.pickup_date ?? request.pickupDate}T${pickupTime}`),
      pickupToken: body?.pickup_id != null ? String(body.pickup_id) : null,
      raw: body,
    };
  }

  async track(awb: string): Promise<T.TrackingResult> {
    const shipment = (await this.fetchShipments({ waybill: awb })).find((s) => s.AWB === awb);
    if (!shipment)
      throw new CourierError({
        courier: "DELHIVERY",
        kind: "rejected",
        message: `Delhivery has no shipment with waybill ${awb}`,
      });
    return read.readTracking(shipment);
  }

  /**
   * Re-attempt: a new phone or address is first written with the edit API (the NDR API takes
   * none), then RE-ATTEMPT is queued; the answer is a UPL id to poll (getNdrStatus). Delhivery
   * picks the re-attempt day itself, so the requested date goes into the remark only.
   * RTO: Delhivery has no RTO action; cancelling an in-transit shipment returns it to origin.
   */
  async ndrAction(request: T.NdrActionRequest): Promise<T.NdrActionResult> {
    if (request.kind === "RTO") {
      const result = await this.cancelShipment(request.awb);
      return { accepted: result.cancelled, courierRef: null, message: result.message };
    }
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
      await this.call({
        endpoint: "edit",
        method: "POST",
        path: "/api/p/edit",
        body: { waybill: request.awb, ...edit },
        idempotent: true,
      });
    const { body } = await this.call<{ request_id?: string; remark?: string }>({
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
  async getNdrStatus(uplId: string): Promise<{ done: boolean; raw: unknown }> {
    const { body } = await this.call<{ status?: string }>({
      endpoint: "ndr-status",
      method: "GET",
      path: `/api/cmu/get_bulk_upl/${encodeURIComponent(uplId)}`,
      query: { verbose: true },
    });
    return { done: /complete|success/i.test(String(body?.status ?? "")), raw: body };
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
