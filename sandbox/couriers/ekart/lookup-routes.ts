import type { Router } from "../../http";
import { addressAnswer, ekartInvalid, pincodeAnswer, webhookAnswer } from "./payloads";
import { estimateAnswer, laneAnswer } from "./pricing";
import { guard } from "./route-guard";
import { EKART_UNSERVICEABLE } from "./routes";
import { ekartState, setWebhook } from "./state";

/** Serviceability, rate estimates, pickup address registration and webhook registration. */
export function mountEkartLookupRoutes(router: Router): void {
  router
    .on(
      "GET",
      "/ekart/api/v2/serviceability/:pincode",
      guard((req) => {
        const pin = req.params.pincode!;
        const served = /^[1-9]\d{5}$/.test(pin) && !EKART_UNSERVICEABLE.has(pin);
        return { body: pincodeAnswer(pin, served) };
      }),
    )
    .on(
      "POST",
      "/ekart/data/v3/serviceability",
      guard((req) => {
        const body = req.json<{ dropPincode?: string; weight?: string; codAmount?: string }>();
        if (EKART_UNSERVICEABLE.has(String(body.dropPincode))) return { body: [] };
        return { body: laneAnswer(body) };
      }),
    )
    .on(
      "POST",
      "/ekart/data/pricing/estimate",
      guard((req) => {
        const body = req.json<{ weight?: number; codAmount?: number; dropPincode?: number }>();
        return { body: estimateAnswer(body) };
      }),
    )
    .on(
      "POST",
      "/ekart/api/v2/address",
      guard((req) => {
        const body = req.json<{
          alias?: string;
          phone?: number;
          address_line1?: string;
          pincode?: number;
        }>();
        if (
          !body.alias ||
          !body.address_line1 ||
          !body.pincode ||
          !(Number(body.phone) >= 1e9 && Number(body.phone) <= 9_999_999_999)
        )
          return ekartInvalid("alias, phone, address_line1 and pincode are required");
        return { body: addressAnswer(body.alias) };
      }),
    )
    .on(
      "POST",
      "/ekart/api/v2/webhook",
      guard((req) => {
        const body = req.json<{
          url?: string;
          secret?: string;
          topics?: string[];
          active?: boolean;
        }>();
        if (
          !body.url ||
          !body.secret ||
          body.secret.length < 6 ||
          body.secret.length > 30 ||
          !body.topics?.length
        )
          return ekartInvalid("url, secret (6-30 characters) and topics are required");
        const hook = {
          url: body.url,
          secret: body.secret,
          topics: body.topics,
          id: `WH${Date.now()}`,
        };
        setWebhook(hook);
        return { body: webhookAnswer(hook) };
      }),
    )
    .on(
      "GET",
      "/ekart/api/v2/webhook",
      guard(() => ({ body: ekartState.webhook ? [webhookAnswer(ekartState.webhook)] : [] })),
    );
}
