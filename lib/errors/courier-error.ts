import type { CourierCode } from "@/lib/generated/prisma/enums";

/**
 * A courier call that failed. `kind` decides what happens next: only "network", "rate_limited"
 * and "server" are retried; "validation" and "rejected" carry the courier's reason to the user.
 */
export type CourierErrorKind =
  | "validation" // Packline refused to send it: bad pincode, phone, weight, GST…
  | "rejected" // the courier answered 4xx with a reason
  | "auth" // credentials refused
  | "rate_limited" // 429, or Ekart's 403 rate-limit answer
  | "server" // 5xx
  | "network" // connection failed or timed out, no answer
  | "malformed" // an answer we could not read
  | "circuit_open" // the breaker is open for this account
  | "unsupported"; // the courier has no such capability

export class CourierError extends Error {
  readonly courier: CourierCode;
  readonly kind: CourierErrorKind;
  readonly status: number | null;
  readonly retryAfterMs: number | null;
  readonly courierMessage: string | null;

  constructor(options: {
    courier: CourierCode;
    kind: CourierErrorKind;
    message: string;
    status?: number | null;
    retryAfterMs?: number | null;
    courierMessage?: string | null;
    cause?: unknown;
  }) {
    super(options.message, { cause: options.cause });
    this.name = "CourierError";
    this.courier = options.courier;
    this.kind = options.kind;
    this.status = options.status ?? null;
    this.retryAfterMs = options.retryAfterMs ?? null;
    this.courierMessage = options.courierMessage ?? null;
  }

  get retryable(): boolean {
    return this.kind === "network" || this.kind === "rate_limited" || this.kind === "server";
  }
}
