import { randomBytes } from "node:crypto";

// The sandbox Shiprocket's memory: login tokens, orders with their one shipment each, scans.

export interface Scan {
  date: string; // "YYYY-MM-DD HH:mm:ss" IST, as Shiprocket prints it
  status: string; // the courier's own scan code
  activity: string;
  location: string;
  "sr-status": string; // Shiprocket's status code as a string, "NA" when the scan has none
  "sr-status-label": string;
}

export interface SrShipment {
  orderId: number;
  shipmentId: number;
  channelOrderId: string;
  isReturn: boolean;
  body: Record<string, unknown>;
  createdAt: Date;
  awb: string | null;
  courierId: number | null;
  courierName: string | null;
  code: number; // current shipment status code
  scans: Scan[];
  /** the current step's scans still to print, one per clock tick (journey.ts) */
  pending: Omit<Scan, "date">[];
  pickupRequested: boolean;
  /** "YYYY-MM-DD HH:mm:ss" IST, as the pickup request answered it */
  pickupScheduledDate: string | null;
  manifested: boolean;
  cancelled: boolean;
  /** deliver | ndr (first attempt fails) | rto (fails, then returns) */
  scenario: "deliver" | "ndr" | "rto";
  attempts: number;
  ndrAction: "re-attempt" | "return" | null;
  ndrWaitTicks: number;
  /** every NDR action body taken, as sent: tests read what the courier was asked */
  ndrRequests: Record<string, unknown>[];
}

export function createShiprocketStore() {
  let nextOrderId = 480_000_000;
  let nextShipmentId = 470_000_000;
  let nextAwb = 19_041_424_751_540;
  const tokens = new Map<string, number>(); // token → expiry (epoch ms)
  const shipments = new Map<number, SrShipment>();
  const byAwb = new Map<string, SrShipment>();
  return {
    tokenTtlMs: 10 * 24 * 60 * 60 * 1000,
    credentials: null as { email: string; password: string } | null,
    webhookToken: "" as string,
    logins: 0,
    /** pickup locations added through settings/company/addpickup, by nickname, as sent */
    pickupLocations: new Map<string, Record<string, unknown> & { pickup_id: number }>(),
    issueToken(): string {
      const token = `eyJ${randomBytes(24).toString("base64url")}.${randomBytes(16).toString("base64url")}`;
      tokens.set(token, Date.now() + this.tokenTtlMs);
      this.logins++;
      return token;
    },
    tokenValid: (token: string) => (tokens.get(token) ?? 0) > Date.now(),
    expireTokens: () => tokens.forEach((_, t) => tokens.set(t, 0)),
    channelOrderTaken: (id: string) => [...shipments.values()].some((s) => s.channelOrderId === id),
    addOrder(channelOrderId: string, isReturn: boolean, body: Record<string, unknown>): SrShipment {
      const s: SrShipment = {
        orderId: nextOrderId++,
        shipmentId: nextShipmentId++,
        channelOrderId,
        isReturn,
        body,
        createdAt: new Date(),
        awb: null,
        courierId: null,
        courierName: null,
        code: 0,
        scans: [],
        pending: [],
        pickupRequested: false,
        pickupScheduledDate: null,
        manifested: false,
        cancelled: false,
        scenario: "deliver",
        attempts: 0,
        ndrAction: null,
        ndrWaitTicks: 0,
        ndrRequests: [],
      };
      shipments.set(s.shipmentId, s);
      return s;
    },
    assignAwb(s: SrShipment, courier: { id: number; name: string }): string {
      s.awb = String(nextAwb++);
      s.courierId = courier.id;
      s.courierName = courier.name;
      byAwb.set(s.awb, s);
      return s.awb;
    },
    shipment: (id: number) => shipments.get(id) ?? null,
    byAwb: (awb: string) => byAwb.get(awb) ?? null,
    all: () => [...shipments.values()],
  };
}

export type ShiprocketStore = ReturnType<typeof createShiprocketStore>;
