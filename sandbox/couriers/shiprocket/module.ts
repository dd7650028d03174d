import type { SandboxRequest, SandboxResponse } from "../../http";
import { createLifecycleClock, type LifecycleClock } from "../shared/lifecycle-clock";
import { createWebhookPusher, type WebhookPusher } from "../shared/webhook-pusher";
import { moveTo, nextCode } from "./lifecycle";
import { webhookBody } from "./payloads";
import { createShiprocketStore, type ShiprocketStore, type SrShipment } from "./store";

/** One sandbox Shiprocket: its state, clock and webhook pusher, shared by its route files. */
export interface ShiprocketModule {
  base: string;
  store: ShiprocketStore;
  clock: LifecycleClock;
  pusher: WebhookPusher;
  /** the demo's standing daily pickup: the clock collects AWB-assigned shipments unasked */
  autoPickup: boolean;
  authed(
    req: SandboxRequest,
    handler: () => SandboxResponse | Promise<SandboxResponse>,
  ): SandboxResponse | Promise<SandboxResponse>;
  step(s: SrShipment, force: boolean): Promise<boolean>;
  cancel(s: SrShipment): Promise<void>;
  record(s: SrShipment, code: number): Promise<void>;
}

const hubs = [
  "Gurgaon_Bilaspur_HB (Haryana)",
  "Delhi_Airport_GW (Delhi)",
  "Hyderabad_Shamshabad_HB (Telangana)",
  "Vizag_Gajuwaka_DC (Andhra Pradesh)",
];

export function createShiprocketModule(options: { stepMs?: number } = {}): ShiprocketModule {
  const store = createShiprocketStore();
  const pusher = createWebhookPusher();
  const m: ShiprocketModule = {
    base: "/shiprocket/v1/external",
    store,
    pusher,
    autoPickup: false,
    clock: createLifecycleClock(async () => {
      for (const s of store.all()) {
        if (m.autoPickup && s.code === 1) s.pickupRequested = true;
        if (s.code === 21 && !s.ndrAction) s.ndrWaitTicks++;
        await m.step(s, false);
      }
    }, options.stepMs ?? 0),
    authed(req, handler) {
      const token = /^Bearer (.+)$/i.exec(req.headers.authorization ?? "")?.[1];
      if (!token || !store.tokenValid(token))
        return { status: 401, body: { message: "Unauthenticated.", status_code: 401 } };
      return handler();
    },
    async record(s, code) {
      moveTo(s, code, hubs[Math.min(hubs.length - 1, s.scans.length % hubs.length)] ?? "NA");
      await pusher.push(
        JSON.stringify(webhookBody(s)),
        store.webhookToken ? { "x-api-key": store.webhookToken } : {},
      );
    },
    async step(s, force) {
      if (!s.awb) return false;
      const next = nextCode(s, force);
      if (next === null) return false;
      await m.record(s, next);
      return true;
    },
    async cancel(s) {
      s.cancelled = false;
      if (s.awb) await m.record(s, 8);
      s.cancelled = true;
    },
  };
  return m;
}

/** Shiprocket's 400 answer shape. */
export const bad = (message: string) => ({ status: 400, body: { message, status_code: 400 } });
