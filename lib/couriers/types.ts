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
  pickup: Address & { locationName?: string | null };
  drop: Address;
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
  status: ShipmentStatus | null; // null: courier status we do not know (stored raw, reported)
  rawStatus: string;
  rawCode: string | null;
  location: string | null;
  remarks: string | null;
  occurredAt: Date;
}

export interface TrackingResult {
  awb: string;
  status: ShipmentStatus | null;
  rawStatus: string;
  expectedDeliveryAt: Date | null;
  scans: TrackingScan[];
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
  awb: string;
  scan: TrackingScan;
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
