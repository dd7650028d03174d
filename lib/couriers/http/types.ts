import type { CourierErrorKind } from "@/lib/errors/courier-error";
import type { CourierCode } from "@/lib/generated/prisma/enums";

/** The courier account as the HTTP layer sees it (no secrets). */
export interface CourierAccountRef {
  id: string;
  courier: CourierCode;
  baseUrl: string;
  dryRun: boolean;
  /** the account row's version, so the token cache can tell an edited account (see token-cache) */
  version?: number;
}

export type HttpMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

/**
 * One call to a courier. `endpoint` is a short stable name ("auth", "create", "track"…) used for
 * rate limits and metric labels; `path` is appended to the account's base URL.
 */
export interface CourierRequest {
  endpoint: string;
  method: HttpMethod;
  path: string;
  query?: Record<string, string | number | boolean | null | undefined>;
  /** a plain object is sent as JSON; a URLSearchParams as a form; a string as is */
  body?: unknown;
  headers?: Record<string, string>;
  /** per-call timeout; the client default otherwise (AbortSignal.timeout on every attempt) */
  timeoutMs?: number;
  /** send the account's token (via the token cache); default true when the client has `auth` */
  auth?: boolean;
  /**
   * Whether repeating the call is harmless. Default: true for GET/PUT/DELETE, false for
   * POST/PATCH. A non-idempotent call is retried only when it surely never reached the courier
   * (connection refused, 429); a timeout or 5xx is thrown to the caller, which must look the
   * booking up first (book-shipment does: findShipmentByReference).
   */
  idempotent?: boolean;
  /** how to read the answer: JSON (default), text, or raw bytes (labels, manifests) */
  responseType?: "json" | "text" | "bytes";
}

export interface CourierResponse<T = unknown> {
  status: number;
  headers: Headers;
  body: T;
  /** true when no call was made: the answer came from the adapter's dry-run hook */
  dryRun: boolean;
}

/** What the courier answered, given to an adapter's `classify` to say what kind of failure it is. */
export interface RawAnswer {
  status: number;
  headers: Headers;
  /** parsed JSON when it parsed, else the text */
  body: unknown;
  endpoint: string;
}

/** Per-endpoint limit shared by every process: `points` calls per `durationMs`, evenly spaced. */
export interface EndpointLimit {
  points: number;
  durationMs: number;
  /** longest a caller waits for a slot before failing with rate_limited (default 60 s) */
  maxWaitMs?: number;
}

export interface BreakerOptions {
  /** consecutive failures (network, timeout, 5xx, malformed) that open the breaker (default 5) */
  failureThreshold: number;
  /** how long it stays open before letting one probe through (default 30 s) */
  openMs: number;
}

export interface RetryOptions {
  /** attempts in all, the first included (default 4) */
  maxAttempts: number;
  /** backoff base and cap: full jitter, random(0, min(capMs, baseMs·2^n)) */
  baseMs: number;
  capMs: number;
  /** a Retry-After longer than this is not waited for: the caller gets rate_limited (default 30 s) */
  maxRetryAfterMs: number;
}

export interface IssuedToken {
  token: string;
  expiresAt: Date;
}

export interface CourierAuthConfig {
  /** logs in and returns a fresh token; use the same client with `auth: false` */
  fetchToken(): Promise<IssuedToken>;
  /** headers that carry the token, e.g. { authorization: `Bearer ${token}` } */
  headers(token: string): Record<string, string>;
  /** refresh this long before expiry (default 5 min) */
  refreshMarginMs?: number;
}

/**
 * A dry-run account's synthetic answer to a write (or a call about a DRYRUN id), shaped so the
 * adapter's own parser reads it; null when the endpoint has none. See createCourierHttp.
 */
export type DryRunHook = (request: CourierRequest) => { status?: number; body: unknown } | null;

/** What an adapter tells the client about its courier. Every field is optional. */
export interface CourierHttpConfig {
  auth?: CourierAuthConfig;
  /**
   * Courier-specific reading of a non-2xx answer (or a 2xx that is really an error). Return a
   * kind to override the default (429 → rate_limited, 5xx → server, 401/403 → auth, other 4xx
   * → rejected), or null to keep it. E.g. Ekart: 403 {"forbidden":"Rate limit exceeded"} →
   * "rate_limited".
   */
  classify?: (answer: RawAnswer) => CourierErrorKind | null;
  /** the courier's reason in an error body, shown to users ("Invalid pincode") */
  reason?: (answer: RawAnswer) => string | null;
  limits?: Record<string, EndpointLimit>;
  breaker?: Partial<BreakerOptions>;
  retry?: Partial<RetryOptions>;
  /** default per-call timeout (10 s) */
  timeoutMs?: number;
  dryRun?: DryRunHook;
}

/** The HTTP client of one courier account. */
export interface CourierHttp {
  readonly account: CourierAccountRef;
  /**
   * Makes the call with: rate limit slot (waits), circuit breaker, timeout, token (refreshed
   * once on 401), retries for transient failures, metrics. Throws CourierError.
   */
  request<T = unknown>(request: CourierRequest): Promise<CourierResponse<T>>;
}
