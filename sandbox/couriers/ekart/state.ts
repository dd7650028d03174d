import { randomBytes } from "node:crypto";
import { createWebhookPusher } from "../shared/webhook-pusher";
import { ekartPushHeaders } from "./signature";

// In-memory Ekart: shipments with their scan history, tokens, webhook registration. Statuses are
// Ekart's own `swift_status` values; the lifecycle walks them in the order Ekart reports them.

export interface EkartScan {
  status: string;
  ctime: number;
  desc: string;
  location: string;
  ndrStatus?: string;
}

export interface EkartParcel {
  trackingId: string;
  /** the vendor waybill; a re-created shipment keeps it, as in Ekart's published samples */
  wbn: string;
  orderNumber: string;
  /** Ekart's order id: one per seller order, whatever tracking ids it is shipped under */
  channelId: string;
  paymentMode: string;
  dropPincode: string;
  /** the weight declared at booking, grams (Ekart's package/create `weight`) */
  weightGrams: number;
  createdAt: Date;
  dispatchDate: string | null;
  scans: EkartScan[];
  pickupTime: number | null;
  /** the tracking id Ekart re-created this shipment under, once it has */
  recreatedAs: string | null;
  /** the tracking id this shipment re-creates, when it is a re-creation */
  recreatedFrom: string | null;
}

export type EkartTopic = "track_updated" | "shipment_created" | "shipment_recreated";
export const EKART_TOPICS: EkartTopic[] = [
  "track_updated",
  "shipment_created",
  "shipment_recreated",
];

export const FORWARD = [
  "Order Placed",
  "Pickup Scheduled",
  "Picked Up",
  "In Transit",
  "Out for Delivery",
];
export const RTO = ["RTO Requested", "RTO In Transit", "RTO Delivered"];

export const ekartState = {
  shipments: new Map<string, EkartParcel>(),
  byOrder: new Map<string, string>(),
  tokens: new Map<string, number>(), // token → expiry ms
  webhook: null as null | { url: string; secret: string; topics: string[]; id: string },
  pusher: createWebhookPusher(),
  manifests: new Map<number, string[]>(),
  sequence: 0,
  tokenSeconds: 3600,
  /** calls per second per token before Ekart's 403 rate-limit answer */
  ratePerSecond: 100,
  calls: new Map<string, { second: number; count: number }>(),
};

export function setWebhook(hook: typeof ekartState.webhook): void {
  ekartState.webhook = hook;
  ekartState.pusher.setTarget(hook?.url ?? null);
}

export function issueToken(): { token: string; expiresIn: number } {
  const token = randomBytes(24).toString("base64url");
  ekartState.tokens.set(token, Date.now() + ekartState.tokenSeconds * 1000);
  return { token, expiresIn: ekartState.tokenSeconds };
}

export function nextIds(): { trackingId: string; wbn: string } {
  const n = ++ekartState.sequence;
  return {
    trackingId: `5009SB${String(n).padStart(8, "0")}`,
    wbn: `EKSB${String(Date.now()).slice(-6)}${n}`,
  };
}

/** Ekart's order id looks like a 24-hex-digit object id ("66111e20da60dcb528a11cad"). */
export const newChannelId = () => randomBytes(12).toString("hex");

export function current(parcel: EkartParcel): EkartScan {
  return parcel.scans[parcel.scans.length - 1]!;
}

/** Signs and sends a push when the registered webhook subscribes to its topic. */
export async function push(topic: EkartTopic, body: object): Promise<void> {
  const hook = ekartState.webhook;
  if (!hook || !hook.topics.includes(topic)) return;
  const raw = JSON.stringify(body);
  await ekartState.pusher.push(raw, ekartPushHeaders(raw, hook.secret));
}
