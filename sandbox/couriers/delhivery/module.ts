import type { Handler, SandboxRequest, SandboxResponse } from "../../http";
import { createLifecycleClock, type LifecycleClock } from "../shared/lifecycle-clock";
import { createWebhookPusher, type WebhookPusher } from "../shared/webhook-pusher";
import type { Place } from "./journey";
import { nextStep, STEPS, TERMINAL, type Movable } from "./lifecycle";
import { scanPushBody } from "./tracking-record";

// One sandbox Delhivery: parcels, waybill series, pickup and NDR requests, the scan-push target,
// the invoice-charges throttle and the lifecycle clock, shared by its route files.

export const DELHIVERY_SANDBOX_TOKEN = "sandbox-delhivery-token";
export const DELHIVERY_SANDBOX_WEBHOOK_TOKEN = "sandbox-delhivery-webhook-key";
export const DELHIVERY_UNSERVICEABLE = new Set(["999999", "795001"]);

export interface DlScan {
  Scan: string;
  ScanType: string;
  ScanDateTime: string;
  StatusDateTime: string;
  ScannedLocation: string;
  StatusCode: string | null;
  Instructions: string;
}

export interface DlParcel extends Movable {
  waybill: string;
  order: string;
  pickupLocation: string;
  paymentMode: string;
  codAmount: number;
  totalAmount: number;
  consignee: { name: string; add: string; city: string; pin: string; state: string; phone: string };
  weightGrams: number;
  /** the box as declared at booking (shipment_length/width/height), when it was */
  box: { lengthCm: number; breadthCm: number; heightCm: number } | null;
  createdAt: Date;
  /** the day promised at booking (YYYY-MM-DD, IST); a failed attempt moves the expected day on */
  promisedDay: string;
  slippedDays: number;
  scans: DlScan[];
}

export interface DelhiveryModule {
  parcels: Map<string, DlParcel>;
  byOrder: Map<string, string>;
  pickups: Map<string, { id: number; date: string; location: string }>;
  upl: Map<string, { waybill: string; status: string; message: string }[]>;
  webhookToken: string;
  pusher: WebhookPusher;
  /** the demo's standing daily pickup: the clock collects manifested parcels unasked */
  autoPickup: boolean;
  clock: LifecycleClock;
  charges: {
    points: number;
    windowMs: number;
    blockMs: number;
    calls: number[];
    blockedUntil: number;
  };
  nextWaybill(): string;
  nextId(prefix: string): string;
  authed(req: SandboxRequest): SandboxResponse | null;
  record(p: DlParcel, step: string): Promise<void>;
  step(p: DlParcel, force: boolean, towards?: string): Promise<boolean>;
}

/** "2024-09-21T14:31:48.752": Delhivery's IST stamps carry no offset. */
export function istStamp(at = new Date()): string {
  return new Date(at.getTime() + 330 * 60_000).toISOString().slice(0, 23);
}

/** The facilities a sandbox parcel passes (Delhivery's own naming: City_Area_Type (State)). */
function placeName(p: DlParcel, at: Place): string {
  if (at === "client") return "Gurgaon_Bilaspur_HB (Haryana)";
  if (at === "origin") return "Gurgaon_Bilaspur_HB (Haryana)";
  if (at === "gateway") return "Delhi_Airport_GW (Delhi)";
  return `${p.consignee.city || "Sandbox"}_DC (${p.consignee.state || "Sandbox"})`;
}

export function createDelhiveryModule(options: { stepMs?: number } = {}): DelhiveryModule {
  let sequence = 0;
  let ids = 0;
  const m: DelhiveryModule = {
    parcels: new Map(),
    byOrder: new Map(),
    pickups: new Map(),
    upl: new Map(),
    webhookToken: DELHIVERY_SANDBOX_WEBHOOK_TOKEN,
    pusher: createWebhookPusher(),
    autoPickup: false,
    clock: createLifecycleClock(async () => {
      for (const p of m.parcels.values()) {
        if (m.autoPickup && p.step === "manifested") p.pickupRequested = true;
        if (p.step === "undelivered" && !p.reattempt) p.ndrWaitTicks++;
        await m.step(p, false);
      }
    }, options.stepMs ?? 0),
    // 50 calls per 5 minutes per IP, as documented; beyond it the caller is blocked for a minute
    charges: { points: 50, windowMs: 5 * 60_000, blockMs: 60_000, calls: [], blockedUntil: 0 },
    nextWaybill: () => `6945${String(Date.now()).slice(-4)}${String(++sequence).padStart(6, "0")}`,
    nextId: (prefix) => `${prefix}${Date.now()}${++ids}`,
    authed(req) {
      const header = String(req.headers.authorization ?? "");
      const token = /^Token\s+(.+)$/i.exec(header)?.[1] ?? req.query.get("token");
      if (token === DELHIVERY_SANDBOX_TOKEN) return null;
      return {
        status: 401,
        body: {
          detail: token ? "Invalid token." : "Authentication credentials were not provided.",
        },
      };
    },
    async record(p, step) {
      if (p.step === "out-for-delivery") p.attempts++;
      if (step === "out-for-delivery") p.reattempt = false;
      if (step === "undelivered") p.slippedDays++;
      p.step = step;
      p.ndrWaitTicks = 0;
      for (const scan of STEPS[step]!) {
        // every scan a moment after the last, so the history keeps its order
        const last = p.scans.at(-1)?.StatusDateTime;
        const lastMs = last ? Date.parse(`${last}+05:30`) : 0;
        const at = istStamp(new Date(Math.max(Date.now(), lastMs + 1)));
        const detail: DlScan = {
          ScanDateTime: at,
          ScanType: scan.type,
          Scan: scan.status,
          StatusDateTime: at,
          ScannedLocation: placeName(p, scan.at),
          StatusCode: scan.nsl,
          Instructions: scan.instructions,
        };
        p.scans.push(detail);
        await m.pusher.push(JSON.stringify(scanPushBody(p, detail)), {
          "x-delhivery-token": m.webhookToken,
        });
      }
    },
    async step(p, force, towards) {
      const next = nextStep(p, force, towards);
      if (!next) return false;
      await m.record(p, next);
      return true;
    },
  };
  return m;
}

/** A route that answers only calls carrying the account token. */
export function guard(m: DelhiveryModule, handler: Handler): Handler {
  return (req) => m.authed(req) ?? handler(req);
}

export function isTerminal(p: DlParcel): boolean {
  return TERMINAL.has(p.step);
}
