import { createHmac, randomBytes } from "node:crypto";

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
  wbn: string;
  orderNumber: string;
  paymentMode: string;
  dispatchDate: string | null;
  scans: EkartScan[];
  pickupTime: number | null;
}

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
  manifests: new Map<number, string[]>(),
  sequence: 0,
  tokenSeconds: 3600,
  /** calls per second per token before Ekart's 403 rate-limit answer */
  ratePerSecond: 100,
  calls: new Map<string, { second: number; count: number }>(),
};

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

export function current(parcel: EkartParcel): EkartScan {
  return parcel.scans[parcel.scans.length - 1]!;
}

const LOCATIONS: Record<string, string> = {
  "Picked Up": "Gurugram_Hub",
  "In Transit": "Bhiwandi_MotherHub",
  "Out for Delivery": "Vizag_DeliveryHub",
  Undelivered: "Vizag_DeliveryHub",
};

/** Appends a scan and pushes track_updated to the registered webhook, signed like Ekart does. */
export async function addScan(
  parcel: EkartParcel,
  status: string,
  extra: Partial<EkartScan> = {},
): Promise<void> {
  const scan: EkartScan = {
    status,
    ctime: Math.max(Date.now(), (current(parcel)?.ctime ?? 0) + 1),
    desc: extra.desc ?? status,
    location: extra.location ?? LOCATIONS[status] ?? "",
    ...(extra.ndrStatus ? { ndrStatus: extra.ndrStatus } : {}),
  };
  parcel.scans.push(scan);
  if (status === "Picked Up") parcel.pickupTime = scan.ctime;
  const hook = ekartState.webhook;
  if (!hook || !hook.topics.includes("track_updated")) return;
  const body = JSON.stringify({
    ctime: scan.ctime,
    status: scan.status,
    location: scan.location,
    desc: scan.desc,
    attempts: String(parcel.scans.filter((s) => s.status === "Undelivered").length),
    pickupTime: parcel.pickupTime ?? 0,
    wbn: parcel.wbn,
    id: parcel.trackingId,
    orderNumber: parcel.orderNumber,
    edd: scan.ctime + 3 * 86_400_000,
  });
  const signature = createHmac("sha256", hook.secret).update(body).digest("hex");
  await fetch(hook.url, {
    method: "POST",
    headers: { "content-type": "application/json", "x-ekart-signature": signature },
    body,
  }).catch(() => undefined);
}
