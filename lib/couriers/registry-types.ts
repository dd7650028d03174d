import type { Courier } from "./courier";
import type { CourierCode } from "@/lib/generated/prisma/enums";
import type { CourierHttp, CourierHttpConfig } from "./http/types";

/** The account as an adapter sees it: no ciphertext, credentials already decrypted. */
export interface CourierAccountView {
  id: string;
  courier: CourierCode;
  name: string;
  baseUrl: string;
  pickupPincode: string;
  pickupLocationName: string | null;
  dryRun: boolean;
  /** the row's updatedAt (ms): a token remembered for another version is re-read (token-cache) */
  version?: number;
}

/**
 * What the registry hands an adapter factory. Build the HTTP client once, in the factory:
 *
 * ```ts
 * export const createEkartCourier: CourierAdapterFactory = (ctx) => {
 *   const http = ctx.createHttp({
 *     auth: { fetchToken: () => login(http, ctx.credentials), headers: (t) => ({ authorization: `Bearer ${t}` }) },
 *     classify: (a) => (a.status === 403 && isRateLimitBody(a.body) ? "rate_limited" : null),
 *     reason: (a) => readMessage(a.body),
 *     limits: { create: { points: 2, durationMs: 1000 } },
 *     dryRun: (req) => syntheticAnswer(req),
 *   });
 *   return new EkartCourier(http, ctx);
 * };
 * ```
 */
export interface CourierContext {
  account: CourierAccountView;
  /** the decrypted credentials JSON of the account, e.g. { email, password } for Shiprocket */
  credentials: Record<string, string>;
  /** the decrypted webhook secret or token, for parseWebhook */
  webhookSecret: string | null;
  /** the account's HTTP client: timeouts, retries, breaker, shared rate limits, tokens, metrics, dry-run */
  createHttp(config: CourierHttpConfig): CourierHttp;
}

export type CourierAdapterFactory = (ctx: CourierContext) => Courier;
