import type { CourierCode, ShipmentDirection, ShipmentStatus } from "@/lib/generated/prisma/enums";

// Packline's own units at the courier boundary: paise, grams, centimetres, 6-digit pincodes,
// 10-digit Indian mobile numbers, UTC dates. Adapters convert to and from each courier's fields.
export type { CourierCode, ShipmentDirection, ShipmentStatus };

export interface Address {
  name: string;
  phone: string; // 10 digits
  email?: string | null;
  line1: string;
  line2?: string | null;
  landmark?: string | null;
  city: string;
  state: string;
  pincode: string; // 6 digits
  country: "IN";
  gstin?: string | null;
}

export interface Parcel {
  weightGrams: number;
  lengthCm: number;
  breadthCm: number;
  heightCm: number;
}

export interface ShipmentItem {
  sku: string;
  name: string;
  quantity: number;
  unitPricePaise: number;
  hsnCode?: string | null;
}

export interface ShipmentRequest {
  /** Packline's reference for this booking (order number + direction + attempt), sent as the courier's order id */
  reference: string;
  orderNumber: string;
  direction: ShipmentDirection;
  orderedAt: Date;
  /** locationName: the courier's registered name for Packline's warehouse, on whichever end it is */
  pickup: Address & { locationName?: string | null };
  drop: Address & { locationName?: string | null };
  items: ShipmentItem[];
  parcel: Parcel;
  paymentMode: "PREPAID" | "COD";
  codAmountPaise: number;
  invoiceValuePaise: number;
  /** the service chosen from a rate quote, when the courier offers several */
  serviceCode?: string | null;
  sellerGstin?: string | null;
}

export interface BookedShipment {
  awb: string;
  courierOrderRef: string | null;
  courierShipmentRef: string | null;
  serviceName: string | null;
  chargePaise: number | null;
  labelUrl: string | null;
  expectedDeliveryAt: Date | null;
  raw: unknown;
}

export interface RateRequest {
  pickupPincode: string;
  dropPincode: string;
  weightGrams: number;
  cod: boolean;
  declaredValuePaise: number;
  direction: ShipmentDirection;
}

export interface RateQuoteResult {
  serviceable: boolean;
  serviceCode: string | null;
  serviceName: string | null;
  chargePaise: number | null;
  promisedDays: number | null;
  codAvailable: boolean;
  raw: unknown;
}

export interface ServiceabilityResult {
  pincode: string;
  serviceable: boolean;
  cod: boolean;
  prepaid: boolean;
  pickup: boolean;
  reverse: boolean;
}

export interface TrackingScan {
  /** the scan's status in Packline's terms; null when the scan states none or one Packline cannot map */
  status: ShipmentStatus | null;
  /**
   * false when the scan carries no status of its own (Shiprocket's `"sr-status": "NA"`, an
   * activity line without a code): it is history only and never reported as an unknown status
   */
  statusCoded: boolean;
  rawStatus: string;
  rawCode: string | null;
  location: string | null;
  remarks: string | null;
  occurredAt: Date;
}

/** The courier's own statement of where a parcel stands now: what poll and webhook apply. */
export interface CurrentTrackingStatus {
  /** null: a courier status Packline cannot map (kept raw, reported once per courier and status) */
  status: ShipmentStatus | null;
  rawStatus: string;
  rawCode: string | null;
  location: string | null;
  remarks: string | null;
  /** when the courier says it happened; null when the message does not say (never "now") */
  occurredAt: Date | null;
}

/** What a courier says about one parcel, from a tracking poll or a webhook push. */
export interface TrackingUpdate {
  awb: string;
  /** null when the message states no current status (e.g. a bare shipment-created push) */
  current: CurrentTrackingStatus | null;
  /** scans as history, in any order; the same scan seen twice is stored once */
  scans: TrackingScan[];
  /** the courier's current delivery promise, when the message carries one */
  expectedDeliveryAt: Date | null;
  /** delivery attempts made so far, when the courier counts them */
  deliveryAttempts: number | null;
  /** the weight the courier charges for, when it states one */
  chargedWeightGrams: number | null;
  /**
   * the courier's order reference the message names (as BookedShipment.courierOrderRef records
   * it), null when it names none: Ekart's shipment_recreated names the new AWB and this, never
   * the AWB it replaces, so this is how the re-created booking finds its shipment
   */
  courierOrderRef: string | null;
}

export type TrackingResult = TrackingUpdate;

/** What the courier charged for one parcel, as its own record states it. */
export interface CourierCharge {
  chargedWeightGrams: number;
  /** freight for that weight; null when the record states the weight only */
  chargedPaise: number | null;
}

export type NdrActionRequest =
  | {
      kind: "REATTEMPT";
      awb: string;
      date: string;
      phone?: string | null;
      address?: Partial<Address> | null;
      remarks?: string;
    }
  | { kind: "RTO"; awb: string; remarks?: string };

export interface NdrActionResult {
  accepted: boolean;
  /** e.g. Delhivery's request id to poll */
  courierRef: string | null;
  message: string | null;
}

export interface PickupRequest {
  awbs: string[];
  pickupDate: string; // YYYY-MM-DD, IST
  /** HH:MM, IST: the start of the window the warehouse asked for, where the courier takes a time */
  pickupTime?: string | null;
  locationName: string | null;
  expectedPackageCount: number;
}

export interface PickupResult {
  scheduledFor: Date | null;
  pickupToken: string | null;
  raw: unknown;
}

export interface ManifestResult {
  manifestId: string | null;
  manifestUrl: string | null;
  pdf: Uint8Array | null;
}

export interface LabelResult {
  url: string | null;
  pdf: Uint8Array | null;
}

export interface WebhookInput {
  headers: Record<string, string>;
  rawBody: string;
}

export interface NormalisedWebhook {
  eventId: string | null;
  update: TrackingUpdate;
}

export interface CourierCapabilities {
  reverse: boolean;
  ndr: boolean;
  manifest: boolean;
  pickup: boolean;
  rates: boolean;
  mps: boolean;
  trackByReference: boolean;
}

/** Opening hours per weekday, IST ("09:30"); a day left out is closed. */
export type WeeklyHours = Partial<
  Record<"MON" | "TUE" | "WED" | "THU" | "FRI" | "SAT" | "SUN", { open: string; close: string }>
>;

/** A warehouse to register with a courier, under the name bookings will then use for it. */
export interface PickupLocationRequest {
  /** the name to register under: Shiprocket's nickname, Delhivery's warehouse name, Ekart's alias */
  name: string;
  /** the address, with the contact person as `name` */
  address: Address;
  openingHours: WeeklyHours;
}

/** The courier's acceptance of a pickup location. A refusal throws CourierError instead. */
export interface RegisteredPickupLocation {
  /** the courier's own name for the location, which bookings from it must carry */
  courierLocationName: string;
  /** the courier's id for it, where it issues one */
  courierLocationId: string | null;
  /** the courier's answer, in its words */
  message: string;
  raw: unknown;
}
