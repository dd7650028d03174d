import type { CourierErrorKind } from "@/lib/errors/courier-error";
import type { CourierHttp, CourierHttpConfig, IssuedToken, RawAnswer } from "../http/types";
import { ekartDryRun } from "./dry-run";
import { readToken } from "./read-acks";

// Ekart Elite API (app.elite.ekartlogistics.in, API Docs v3.8.8): paths, auth and limits.

/** Ekart's answer to too many calls is a 403 with this body, not a 429. */
export function isEkartRateLimit(body: unknown): boolean {
  return (
    typeof body === "object" &&
    body !== null &&
    /rate limit/i.test(String((body as { forbidden?: unknown }).forbidden ?? ""))
  );
}

const ACK_ENDPOINTS = new Set(["create", "cancel", "ndr", "dispatch-date", "address"]);

export function classifyEkart(answer: RawAnswer): CourierErrorKind | null {
  if (answer.status === 403 && isEkartRateLimit(answer.body)) return "rate_limited";
  if (answer.status === 403) return "auth";
  // A 2xx acknowledgement with status:false is Ekart refusing the request, with a remark.
  // Serviceability's status:false is an answer ("not serviceable"), not a refusal.
  if (answer.status < 300 && ACK_ENDPOINTS.has(answer.endpoint) && isRefusal(answer.body))
    return "rejected";
  return null;
}

export function isRefusal(body: unknown): boolean {
  if (typeof body !== "object" || body === null) return false;
  const ack = body as { status?: unknown; data?: unknown };
  if (ack.status === false) return true;
  return (
    Array.isArray(ack.data) && ack.data.some((d) => (d as { status?: unknown })?.status === false)
  );
}

export function ekartReason(answer: RawAnswer): string | null {
  if (typeof answer.body === "string") return answer.body ? answer.body.slice(0, 300) : null;
  const body = answer.body as Record<string, unknown> | null;
  if (!body || typeof body !== "object") return null;
  const first = Array.isArray(body.data)
    ? (body.data[0] as Record<string, unknown> | undefined)
    : undefined;
  const reason = body.remark ?? body.description ?? body.message ?? body.forbidden ?? first?.remark;
  return typeof reason === "string" ? reason : null;
}

export interface EkartCredentials {
  clientId: string;
  username: string;
  password: string;
}

/** POST /integrations/v2/auth/token/{client_id}: a bearer token valid for `expires_in` seconds. */
export async function fetchEkartToken(
  http: CourierHttp,
  credentials: EkartCredentials,
): Promise<IssuedToken> {
  const { body } = await http.request<Parameters<typeof readToken>[0]>({
    endpoint: "auth",
    method: "POST",
    path: `/integrations/v2/auth/token/${encodeURIComponent(credentials.clientId)}`,
    body: { username: credentials.username, password: credentials.password },
    auth: false,
    idempotent: true,
  });
  return readToken(body, Date.now());
}

/**
 * Per-endpoint limits. Ekart publishes none; these stay well under what its 403 rate-limit answer
 * has been seen to start at, and are shared across processes.
 */
export const EKART_LIMITS: CourierHttpConfig["limits"] = {
  auth: { points: 2, durationMs: 60_000 },
  create: { points: 10, durationMs: 1_000 },
  track: { points: 20, durationMs: 1_000 },
  estimate: { points: 10, durationMs: 1_000 },
  serviceability: { points: 20, durationMs: 1_000 },
};

export function ekartHttpConfig(login: () => Promise<IssuedToken>): CourierHttpConfig {
  return {
    auth: {
      fetchToken: login,
      headers: (token) => ({ authorization: `Bearer ${token}` }),
      // tokens are planned as 60-minute tokens; refresh five minutes ahead
      refreshMarginMs: 5 * 60_000,
    },
    classify: classifyEkart,
    reason: ekartReason,
    limits: EKART_LIMITS,
    dryRun: ekartDryRun,
  };
}
