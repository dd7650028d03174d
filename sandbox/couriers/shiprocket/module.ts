import type { SandboxRequest, SandboxResponse } from "../../http";
import { createLifecycleClock, type LifecycleClock } from "../shared/lifecycle-clock";
import { createWebhookPusher, type WebhookPusher } from "../shared/webhook-pusher";
import { webhookBody } from "./answers-tracking";
import { moveTo, nextCode } from "./lifecycle";
import { istStamp } from "./journey";
import { createShiprocketStore, type Scan, type ShiprocketStore, type SrShipment } from "./store";

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
  /** prints the next scan (of the current step, else of the next one); false when it waits */
  step(s: SrShipment, force: boolean): Promise<boolean>;
  print(s: SrShipment, scan: Omit<Scan, "date">): Promise<void>;
  cancel(s: SrShipment): Promise<void>;
  /** a move made now (AWB assigned, pickup asked, cancelled): its scans are all printed now */
  record(s: SrShipment, code: number): Promise<void>;
}

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
        // as published for Shiprocket's serviceability host (the apiv2 401 body is unpublished)
        return { status: 401, body: { message: "Unauthenticated." } };
      return handler();
    },
    // Shiprocket pushes on every new tracking event: one push per scan, each with all so far.
    async print(s, scan) {
      s.scans.push({ date: istStamp(), ...scan });
      await pusher.push(
        JSON.stringify(webhookBody(s)),
        store.webhookToken ? { "x-api-key": store.webhookToken } : {},
      );
    },
    async record(s, code) {
      for (const scan of [...s.pending.splice(0), ...moveTo(s, code)]) await m.print(s, scan);
    },
    // One scan per tick: a step's later scans (the hubs of "in transit") follow on later ticks.
    async step(s, force) {
      if (!s.awb) return false;
      const pending = s.pending.shift();
      if (pending) {
        await m.print(s, pending);
        return true;
      }
      const next = nextCode(s, force);
      if (next === null) return false;
      const [first, ...rest] = moveTo(s, next);
      s.pending = rest;
      if (first) await m.print(s, first);
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
