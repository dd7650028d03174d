import type { CourierErrorKind } from "@/lib/errors/courier-error";
import type { CourierHttp, CourierHttpConfig, RawAnswer } from "../http/types";
import type { CourierContext } from "../registry-types";
import { shiprocketDryRun } from "./dry-run";

/**
 * Shiprocket's HTTP configuration for the shared courier client (lib/couriers/http): email +
 * password login for a Bearer token valid 10 days (apidocs.shiprocket.in, Authentication), the
 * courier's reason out of its error bodies, and per-endpoint limits.
 */
export const TOKEN_LIFETIME_MS = 10 * 24 * 60 * 60 * 1000;

interface ErrorBody {
  message?: unknown;
  errors?: Record<string, unknown>;
  status_code?: unknown;
}

/** "Oops! Invalid Data. (billing_pincode: The billing pincode must be 6 digits.)" */
export function readReason(answer: RawAnswer): string | null {
  const body = answer.body as ErrorBody | string | null;
  if (!body) return null;
  if (typeof body === "string") return body.slice(0, 300) || null;
  const message = typeof body.message === "string" ? body.message : null;
  const details = Object.entries(body.errors ?? {})
    .flatMap(([field, msgs]) =>
      (Array.isArray(msgs) ? msgs : [msgs]).map((m) => `${field}: ${String(m)}`),
    )
    .join("; ");
  if (message && details) return `${message} (${details})`;
  return message ?? (details || null);
}

/**
 * PHP errors Shiprocket answers with 500 for a request it cannot use, as its docs publish them:
 * an unknown order id to cancel ("Trying to get property of non-object"), ids not sent as an
 * array ("Invalid argument supplied for foreach()"). Sending them again fails the same way.
 */
const refusalsAs500 = /Trying to get property of non-object|Invalid argument supplied for foreach/i;

/** 422 is Shiprocket's validation answer: the courier refused the data, not a transient fault. */
export function classify(answer: RawAnswer): CourierErrorKind | null {
  if (answer.status === 422 || answer.status === 400 || answer.status === 404) return "rejected";
  if (answer.status === 500 && refusalsAs500.test(readReason(answer) ?? "")) return "rejected";
  return null;
}

const loginSchemaCheck = (body: unknown): string => {
  const token = (body as { token?: unknown } | null)?.token;
  if (typeof token !== "string" || token.length < 10)
    throw new Error("Shiprocket login answered without a token.");
  return token;
};

/** What a Shiprocket account's credentials JSON holds: the API user's login. */
export interface ShiprocketCredentials {
  email: string;
  password: string;
}

export function createShiprocketHttp(ctx: CourierContext): CourierHttp {
  const { email = "", password = "" }: Partial<ShiprocketCredentials> = ctx.credentials;
  const config: CourierHttpConfig = {
    auth: {
      fetchToken: async () => {
        const res = await http.request({
          endpoint: "auth",
          method: "POST",
          path: "/auth/login",
          body: { email, password },
          auth: false,
          idempotent: true,
        });
        // Refresh a day early: a token that dies mid-batch costs a failed call.
        return {
          token: loginSchemaCheck(res.body),
          expiresAt: new Date(Date.now() + TOKEN_LIFETIME_MS - 24 * 60 * 60 * 1000),
        };
      },
      headers: (token) => ({ authorization: `Bearer ${token}` }),
    },
    classify,
    reason: readReason,
    limits: {
      auth: { points: 5, durationMs: 60_000 },
      serviceability: { points: 10, durationMs: 1000 },
      create: { points: 10, durationMs: 1000 },
      track: { points: 10, durationMs: 1000 },
    },
    timeoutMs: 15_000,
    dryRun: shiprocketDryRun,
  };
  const http = ctx.createHttp(config);
  return http;
}
