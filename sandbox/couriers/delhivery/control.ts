import { z } from "zod";
import type { Router } from "../../http";
import { billingCsv, csvAnswer } from "../shared/billing";
import { STEPS } from "./lifecycle";
import type { DelhiveryModule } from "./module";

// The sandbox Delhivery's control API (under /_control so fault rules never hit it):
//   POST /_control/delhivery/webhook   {url, token}   where to push scans, and the x-delhivery-token value
//   POST /_control/delhivery/clock     {stepMs, autoPickup?}  lifecycle speed (0 pauses); autoPickup
//                                      collects manifested parcels without a pickup request (demo)
//   POST /_control/delhivery/advance   {awb, to}      step now until lifecycle step `to` (see lifecycle.ts)
//   POST /_control/delhivery/scenario  {awb, scenario} deliver | ndr (first attempt fails)
//   POST /_control/delhivery/charges   {points?, windowSeconds?, blockSeconds?, reset?}  charges API throttle
//   GET  /_control/delhivery/state     clock, throttle, webhook deliveries
//   GET  /_control/delhivery/billing.csv  the billing file of every parcel (shared/billing.ts)

export function mountDelhiveryControl(router: Router, m: DelhiveryModule): void {
  const base = "/_control/delhivery";
  const bad = (error: z.ZodError) => ({ status: 400, body: { error: error.issues } });
  router
    .on("POST", `${base}/webhook`, (req) => {
      const parsed = z
        .object({ url: z.string().url().nullable(), token: z.string().min(1) })
        .safeParse(req.json());
      if (!parsed.success) return bad(parsed.error);
      m.pusher.setTarget(parsed.data.url);
      m.webhookToken = parsed.data.token;
      return { body: { url: parsed.data.url } };
    })
    .on("POST", `${base}/clock`, (req) => {
      const parsed = z
        .object({
          stepMs: z.number().int().min(0).max(86_400_000),
          autoPickup: z.boolean().optional(),
        })
        .safeParse(req.json());
      if (!parsed.success) return bad(parsed.error);
      m.clock.setStepMs(parsed.data.stepMs);
      if (parsed.data.autoPickup !== undefined) m.autoPickup = parsed.data.autoPickup;
      return { body: { stepMs: m.clock.stepMs, autoPickup: m.autoPickup } };
    })
    .on("POST", `${base}/scenario`, (req) => {
      const parsed = z
        .object({ awb: z.string(), scenario: z.enum(["deliver", "ndr"]) })
        .safeParse(req.json());
      if (!parsed.success) return bad(parsed.error);
      const p = m.parcels.get(parsed.data.awb);
      if (!p) return { status: 404, body: { message: "Unknown waybill" } };
      p.scenario = parsed.data.scenario;
      return { body: { awb: p.waybill, scenario: p.scenario } };
    })
    .on("POST", `${base}/advance`, async (req) => {
      const parsed = z
        .object({ awb: z.string(), to: z.enum(Object.keys(STEPS) as [string, ...string[]]) })
        .safeParse(req.json());
      if (!parsed.success) return bad(parsed.error);
      const { awb, to } = parsed.data;
      const p = m.parcels.get(awb);
      if (!p) return { status: 404, body: { message: "Unknown waybill" } };
      // asking for a failed attempt sends a parcel meant to deliver down the NDR path
      if (to === "undelivered" && p.step !== "undelivered") p.scenario = "ndr";
      for (let n = 0; n < 30 && p.step !== to; n++) if (!(await m.step(p, true, to))) break;
      if (p.step !== to)
        return {
          status: 409,
          body: { message: `Shipment stopped at ${p.step}; cannot reach ${to}.` },
        };
      return { body: { awb, step: p.step } };
    })
    .on("POST", `${base}/charges`, (req) => {
      const parsed = z
        .object({
          points: z.number().int().min(1).optional(),
          windowSeconds: z.number().int().min(1).optional(),
          blockSeconds: z.number().int().min(0).optional(),
          reset: z.boolean().optional(),
        })
        .safeParse(req.json());
      if (!parsed.success) return bad(parsed.error);
      const c = m.charges;
      const { points, windowSeconds, blockSeconds, reset } = parsed.data;
      if (points) c.points = points;
      if (windowSeconds) c.windowMs = windowSeconds * 1000;
      if (blockSeconds !== undefined) c.blockMs = blockSeconds * 1000;
      if (reset) {
        c.calls = [];
        c.blockedUntil = 0;
      }
      return { body: { points: c.points, windowMs: c.windowMs, blockMs: c.blockMs } };
    })
    .on("GET", `${base}/billing.csv`, () =>
      csvAnswer(
        billingCsv(
          "DELHIVERY",
          [...m.parcels.values()].map((p) => ({
            awb: p.waybill,
            declaredGrams: p.weightGrams,
            box: p.box,
            bookedAt: p.createdAt,
          })),
        ),
      ),
    )
    .on("GET", `${base}/state`, () => ({
      body: {
        stepMs: m.clock.stepMs,
        parcels: m.parcels.size,
        charges: { ...m.charges, calls: m.charges.calls.length },
        webhook: m.pusher.target,
        deliveries: m.pusher.deliveries().slice(-50),
      },
    }));
}
