import { CourierError, type CourierErrorKind } from "@/lib/errors/courier-error";
import type { CourierHttpConfig, CourierRequest, CourierResponse, RawAnswer } from "../http/types";
import { delhiveryDryRun } from "./dry-run";

// Delhivery B2C API (production https://track.delhivery.com, staging
// https://staging-express.delhivery.com): a static account token, no login, sent as
// "Authorization: Token <token>" on every call. The token never expires, so there is nothing to
// cache or refresh: a 401 means the token is wrong, and fails at once.

export interface DelhiveryCredentials {
  token: string;
  /** the account (client) name registered with Delhivery; shown on the local manifest */
  clientName: string;
}

/** A call to Delhivery with the account token already attached (DelhiveryCourier's `call`). */
export type DelhiveryCall = <B = unknown>(request: CourierRequest) => Promise<CourierResponse<B>>;

/** A check Packline makes before calling Delhivery failed: nothing was sent. */
export function invalid(message: string): CourierError {
  return new CourierError({ courier: "DELHIVERY", kind: "validation", message });
}

export function authHeaders(credentials: DelhiveryCredentials): Record<string, string> {
  return { authorization: `Token ${credentials.token}` };
}

/**
 * Documented production limits ("Requests / 5 Minute / IP"), shared by all processes so the IP
 * never crosses them. The invoice-charges API is the tight one (50 per 5 minutes; beyond it
 * Delhivery blocks the IP for a while), so Packline's rate cache refreshes through this slot.
 */
const FIVE_MINUTES = 5 * 60_000;
export const DELHIVERY_LIMITS: CourierHttpConfig["limits"] = {
  serviceability: { points: 4500, durationMs: FIVE_MINUTES },
  charges: { points: 50, durationMs: FIVE_MINUTES, maxWaitMs: 30_000 },
  track: { points: 750, durationMs: FIVE_MINUTES },
  label: { points: 3000, durationMs: FIVE_MINUTES },
  pickup: { points: 4000, durationMs: FIVE_MINUTES },
  waybill: { points: 5, durationMs: FIVE_MINUTES },
};

/** Delhivery answers many refusals with HTTP 200 and a flag; those are refusals, not results. */
export function classifyDelhivery(answer: RawAnswer): CourierErrorKind | null {
  if (answer.status >= 300 || typeof answer.body !== "object" || answer.body === null) return null;
  const body = answer.body as Record<string, unknown>;
  if (answer.endpoint === "create" && body.success === false) return "rejected";
  if (answer.endpoint === "cancel" && body.status === false) return "rejected";
  if (answer.endpoint === "warehouse" && body.success === false) return "rejected";
  return null;
}

export function delhiveryReason(answer: RawAnswer): string | null {
  if (typeof answer.body === "string") return answer.body.trim().slice(0, 300) || null;
  const body = answer.body as Record<string, unknown> | null;
  if (!body || typeof body !== "object") return null;
  const packages = Array.isArray(body.packages) ? (body.packages as Record<string, unknown>[]) : [];
  const remarks = packages.flatMap((p) => (Array.isArray(p.remarks) ? p.remarks : []));
  // the warehouse API lists its reasons: {"error": ["… with name: X already exists …"]}
  const listed = Array.isArray(body.error) ? body.error : [];
  const candidates = [
    ...remarks,
    listed.filter((e) => typeof e === "string").join("; "),
    body.rmk,
    body.remark,
    body.error,
    body.Error,
    body.detail,
    body.message,
  ];
  // some refusals name the field instead: {"pickup_date": "Pickup date cannot be in past"}
  const fieldMessages = Object.values(body).filter((v) => typeof v === "string");
  const reason = [...candidates, ...fieldMessages].find(
    (c): c is string => typeof c === "string" && c.trim() !== "",
  );
  return reason?.trim() ?? null;
}

export function delhiveryHttpConfig(): CourierHttpConfig {
  return {
    classify: classifyDelhivery,
    reason: delhiveryReason,
    limits: DELHIVERY_LIMITS,
    dryRun: delhiveryDryRun,
  };
}
