import type {
  BookedShipment,
  CourierCapabilities,
  CourierCharge,
  CourierCode,
  LabelResult,
  ManifestResult,
  NdrActionRequest,
  NdrActionResult,
  NormalisedWebhook,
  PickupLocationRequest,
  PickupRequest,
  PickupResult,
  RateQuoteResult,
  RateRequest,
  RegisteredPickupLocation,
  ServiceabilityResult,
  ShipmentRequest,
  TrackingResult,
  WebhookInput,
} from "./types";

/**
 * The courier port. Every courier implements it in its own folder (client, mapper, status map);
 * nothing outside that folder knows the courier's field names. Methods throw CourierError.
 */
export interface Courier {
  readonly code: CourierCode;
  readonly capabilities: CourierCapabilities;
  checkServiceability(pincode: string): Promise<ServiceabilityResult>;
  getRates(request: RateRequest): Promise<RateQuoteResult[]>;
  createShipment(request: ShipmentRequest): Promise<BookedShipment>;
  /** Finds a booking by Packline's reference: how a booking whose response was lost is recovered. */
  findShipmentByReference(reference: string): Promise<BookedShipment | null>;
  cancelShipment(awb: string): Promise<{ cancelled: boolean; message: string | null }>;
  getLabel(awbs: string[]): Promise<LabelResult>;
  createManifest(awbs: string[]): Promise<ManifestResult>;
  schedulePickup(request: PickupRequest): Promise<PickupResult>;
  /** Registers a warehouse as a pickup location: Shiprocket pickup, Delhivery warehouse, Ekart address. */
  registerPickupLocation(request: PickupLocationRequest): Promise<RegisteredPickupLocation>;
  track(awb: string): Promise<TrackingResult>;
  /**
   * The weight and freight charged for a parcel, where the courier's API states them apart from
   * tracking (Shiprocket's order details); null while it has not charged yet. Couriers that
   * publish no such call leave it out: their charges come from tracking or their billing file.
   */
  getCharge?(parcel: {
    awb: string;
    courierOrderRef: string | null;
  }): Promise<CourierCharge | null>;
  ndrAction(request: NdrActionRequest): Promise<NdrActionResult>;
  /**
   * Verifies (HMAC or token, timing-safe) and normalises a webhook; null when it carries nothing
   * to apply (an update may carry no scan: Ekart's shipment pushes name only the AWB and order).
   */
  parseWebhook(input: WebhookInput): NormalisedWebhook[] | null;
}
