import { z } from "zod";
import type { Router } from "../../http";
import { billingCsv, csvAnswer } from "../shared/billing";
import type { ShiprocketModule } from "./module";

// The sandbox Shiprocket's control API (under /_control so fault rules never hit it):
//   POST /_control/shiprocket/webhook      {url, token}    where and with which x-api-key to push
//   POST /_control/shiprocket/clock        {stepMs, autoPickup?}  lifecycle speed (0 pauses); autoPickup
//                                          collects booked shipments without a pickup request (demo)
//   POST /_control/shiprocket/advance      {awb, to?, steps?}  step now until status code `to`
//   POST /_control/shiprocket/scenario     {awb, scenario} deliver | ndr | rto
//   POST /_control/shiprocket/expire-tokens                every issued token expires now
//   POST /_control/shiprocket/credentials  {email, password} | {}  the only login accepted
//   GET  /_control/shiprocket/state        logins, clock, webhook deliveries
//   GET  /_control/shiprocket/billing.csv  the billing file of every shipment with an AWB
//   GET  /_control/shiprocket/ndr-requests?awb=  the NDR action bodies taken for that AWB
//   GET  /_control/shiprocket/order-body?awb=    the order-create body booked under that AWB
//   GET  /_control/shiprocket/orders/:ref  the order body taken under that channel order id, and
//        the pickup location its pickup_location named (as added through addpickup)

const advanceSchema = z.object({
  awb: z.string().min(1),
  to: z.number().int().optional(),
  steps: z.number().int().min(1).max(50).optional(),
});

export function mountShiprocketControl(router: Router, m: ShiprocketModule): void {
  const base = "/_control/shiprocket";
  const badRequest = (error: z.ZodError) => ({ status: 400, body: { error: error.issues } });
  router
    .on("POST", `${base}/webhook`, (req) => {
      const parsed = z
        .object({ url: z.string().url().nullable(), token: z.string().default("") })
        .safeParse(req.json());
      if (!parsed.success) return badRequest(parsed.error);
      m.pusher.setTarget(parsed.data.url);
      m.store.webhookToken = parsed.data.token;
      return { body: { url: parsed.data.url } };
    })
    .on("POST", `${base}/clock`, (req) => {
      const parsed = z
        .object({
          stepMs: z.number().int().min(0).max(86_400_000),
          autoPickup: z.boolean().optional(),
        })
        .safeParse(req.json());
      if (!parsed.success) return badRequest(parsed.error);
      m.clock.setStepMs(parsed.data.stepMs);
      if (parsed.data.autoPickup !== undefined) m.autoPickup = parsed.data.autoPickup;
      return { body: { stepMs: m.clock.stepMs, autoPickup: m.autoPickup } };
    })
    .on("POST", `${base}/scenario`, (req) => {
      const parsed = z
        .object({ awb: z.string(), scenario: z.enum(["deliver", "ndr", "rto"]) })
        .safeParse(req.json());
      if (!parsed.success) return badRequest(parsed.error);
      const s = m.store.byAwb(parsed.data.awb);
      if (!s) return { status: 404, body: { message: "Unknown AWB" } };
      s.scenario = parsed.data.scenario;
      return { body: { awb: s.awb, scenario: s.scenario } };
    })
    .on("POST", `${base}/advance`, async (req) => {
      const parsed = advanceSchema.safeParse(req.json());
      if (!parsed.success) return badRequest(parsed.error);
      const { awb, to, steps } = parsed.data;
      const s = m.store.byAwb(awb);
      if (!s) return { status: 404, body: { message: "Unknown AWB" } };
      // Asking for an undelivered (21) or RTO code sends a shipment meant to deliver down the NDR path.
      if (
        to !== undefined &&
        [21, 9, 46, 41, 10].includes(to) &&
        s.scenario === "deliver" &&
        s.code !== 21
      )
        s.scenario = "ndr";
      for (let n = 0; n < (steps ?? 50) && s.code !== to; n++) if (!(await m.step(s, true))) break;
      if (to !== undefined && s.code !== to)
        return {
          status: 409,
          body: { message: `Shipment stopped at ${s.code}; cannot reach ${to}.`, code: s.code },
        };
      return { body: { awb, code: s.code } };
    })
    .on("POST", `${base}/expire-tokens`, () => {
      m.store.expireTokens();
      return { body: { expired: true } };
    })
    .on("POST", `${base}/credentials`, (req) => {
      const parsed = z
        .object({ email: z.string(), password: z.string() })
        .partial()
        .safeParse(req.json());
      if (!parsed.success) return badRequest(parsed.error);
      const { email, password } = parsed.data;
      m.store.credentials = email && password ? { email, password } : null;
      return { body: { restricted: m.store.credentials !== null } };
    })
    .on("GET", `${base}/billing.csv`, () =>
      csvAnswer(
        billingCsv(
          "SHIPROCKET",
          m.store
            .all()
            .filter((s) => s.awb !== null && !s.isReturn)
            .map((s) => {
              const [lengthCm, breadthCm, heightCm] = ["length", "breadth", "height"].map((k) =>
                Number(s.body[k] ?? 0),
              );
              return {
                awb: s.awb!,
                declaredGrams: Math.round(Number(s.body.weight ?? 0) * 1000),
                box:
                  lengthCm! > 0 && breadthCm! > 0 && heightCm! > 0
                    ? { lengthCm: lengthCm!, breadthCm: breadthCm!, heightCm: heightCm! }
                    : null,
                bookedAt: s.createdAt,
              };
            }),
        ),
      ),
    )
    .on("GET", `${base}/state`, () => ({
      body: {
        logins: m.store.logins,
        stepMs: m.clock.stepMs,
        webhook: m.pusher.target,
        deliveries: m.pusher.deliveries().slice(-50),
      },
    }))
    .on("GET", `${base}/ndr-requests`, (req) => ({
      body: { requests: m.store.byAwb(req.query.get("awb") ?? "")?.ndrRequests ?? [] },
    }))
    .on("GET", `${base}/order-body`, (req) => {
      const s = m.store.byAwb(req.query.get("awb") ?? "");
      return s ? { body: { body: s.body } } : { status: 404, body: { message: "Unknown AWB" } };
    })
    .on("GET", `${base}/orders/:ref`, (req) => {
      const s = m.store.all().find((x) => x.channelOrderId === req.params.ref);
      if (!s) return { status: 404, body: { message: "Unknown order" } };
      const pickup = m.store.pickupLocations.get(String(s.body.pickup_location ?? "")) ?? null;
      return { body: { order: s.body, pickupLocation: pickup } };
    });
}
