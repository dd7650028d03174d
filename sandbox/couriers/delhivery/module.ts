import type { Handler, SandboxRequest, SandboxResponse } from "../../http";
import { createLifecycleClock, type LifecycleClock } from "../shared/lifecycle-clock";
import { createWebhookPusher, type WebhookPusher } from "../shared/webhook-pusher";
import { isRto, nextStep, STEPS, TERMINAL, type Movable } from "./lifecycle";

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
  createdAt: Date;
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

const HUBS: Record<string, string> = {
  "picked-up": "Gurgaon_Bilaspur_HB (Haryana)",
  "in-transit": "Delhi_Airport_GW (Delhi)",
  "rto-in-transit": "Vizag_Gajuwaka_DC (Andhra Pradesh)",
  "rto-pending": "Gurgaon_Bilaspur_HB (Haryana)",
};

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
      p.step = step;
      p.ndrWaitTicks = 0;
      const scan = STEPS[step]!;
      const at = istStamp(new Date(Math.max(Date.now(), p.createdAt.getTime() + p.scans.length)));
      const location =
        HUBS[step] ??
        (isRto(step) || step.startsWith("pp") || step === "manifested"
          ? "Gurgaon_Bilaspur_HB (Haryana)"
          : `${p.consignee.city}_DC (${p.consignee.state})`);
      p.scans.push({
        Scan: scan.status,
        ScanType: scan.type,
        ScanDateTime: at,
        StatusDateTime: at,
        ScannedLocation: location,
        StatusCode: scan.nsl,
        Instructions: scan.instructions,
      });
      const body = {
        Shipment: {
          Status: {
            Status: scan.status,
            StatusDateTime: at,
            StatusType: scan.type,
            StatusLocation: location,
            Instructions: scan.instructions,
          },
          PickUpDate: p.scans.find((s) => s.StatusCode === "X-PPOM")?.StatusDateTime ?? null,
          NSLCode: scan.nsl,
          Sortcode: "VTZ/GJW",
          ReferenceNo: p.order,
          AWB: p.waybill,
        },
      };
      await m.pusher.push(JSON.stringify(body), { "x-delhivery-token": m.webhookToken });
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
