import type { Router } from "../../http";
import { billingCsv, csvAnswer } from "../shared/billing";
import { ekartClock } from "./clock";
import { advanceEkart, recreateParcel } from "./lifecycle";
import { EKART_TOPICS, ekartState, setWebhook } from "./state";

// The sandbox Ekart's control API (not Ekart's): where it pushes, how fast parcels move, and
// journeys on demand: advance a parcel, re-create it under a new tracking id, expire tokens.
export function mountEkartControl(router: Router): void {
  router
    .on("POST", "/ekart/_control/webhook", (req) => {
      const { url, secret, topics } = req.json<{
        url: string;
        secret: string;
        topics?: string[];
      }>();
      // what a Packline account subscribes to: every topic Ekart offers
      setWebhook({ url, secret, topics: topics ?? EKART_TOPICS, id: "control" });
      return { body: { ok: true, topics: ekartState.webhook!.topics } };
    })
    // Ekart's billing file of every shipment it carried (shared/billing.ts); Ekart sends no box size.
    .on("GET", "/ekart/_control/billing.csv", () =>
      csvAnswer(
        billingCsv(
          "EKART",
          [...ekartState.shipments.values()].map((p) => ({
            awb: p.trackingId,
            declaredGrams: p.weightGrams,
            box: null,
            bookedAt: p.createdAt,
          })),
        ),
      ),
    )
    .on("GET", "/ekart/_control/deliveries", () => ({ body: ekartState.pusher.deliveries() }))
    .on("POST", "/ekart/_control/clock", (req) => {
      const { stepMs } = req.json<{ stepMs?: number }>();
      if (typeof stepMs !== "number" || !Number.isInteger(stepMs) || stepMs < 0)
        return { status: 400, body: { message: "stepMs must be a whole number of ms, 0 pauses" } };
      ekartClock.setStepMs(stepMs);
      return { body: { stepMs: ekartClock.stepMs } };
    })
    .on("POST", "/ekart/_control/advance", async (req) => {
      const { awb, to } = req.json<{ awb: string; to: string }>();
      return advanceEkart(awb, to);
    })
    .on("POST", "/ekart/_control/recreate", async (req) => {
      const { awb, reason } = req.json<{ awb?: string; reason?: string }>();
      const parcel = ekartState.shipments.get(awb ?? "");
      if (!parcel) return { status: 404, body: { message: `No shipment ${awb}` } };
      if (parcel.recreatedAs)
        return { status: 409, body: { message: `${awb} was re-created as ${parcel.recreatedAs}` } };
      const recreated = await recreateParcel(parcel, reason ?? "Misrouted");
      return { body: { trackingId: recreated.trackingId, replaces: parcel.trackingId } };
    })
    .on("POST", "/ekart/_control/tokens", (req) => {
      const { expireAll, tokenSeconds, ratePerSecond } = req.json<{
        expireAll?: boolean;
        tokenSeconds?: number;
        ratePerSecond?: number;
      }>();
      if (expireAll) for (const token of ekartState.tokens.keys()) ekartState.tokens.set(token, 0);
      if (tokenSeconds) ekartState.tokenSeconds = tokenSeconds;
      // 0 refuses every call: a deterministic way to see the rate-limit answer
      if (ratePerSecond !== undefined) ekartState.ratePerSecond = ratePerSecond;
      return {
        body: {
          tokens: ekartState.tokens.size,
          tokenSeconds: ekartState.tokenSeconds,
          ratePerSecond: ekartState.ratePerSecond,
        },
      };
    });
}
