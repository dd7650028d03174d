import { CourierError } from "@/lib/errors/courier-error";
import { courierMetrics } from "@/lib/observability/courier-metrics";
import { log } from "@/lib/observability/logger";
import { getToken } from "../auth/token-cache";
import { dryRunCallsCourier } from "../dry-run";
import { attempt } from "./attempt";
import { backoffMs, defaultRetryOptions, sleep } from "./backoff";
import { circuitBreaker, defaultBreakerOptions, type BreakerVerdict } from "./circuit-breaker";
import { acquireSlot } from "./rate-limiter";
import type {
  CourierAccountRef,
  CourierHttp,
  CourierHttpConfig,
  CourierRequest,
  CourierResponse,
} from "./types";

export type * from "./types";

const DEFAULT_TIMEOUT_MS = 10_000;

/**
 * The HTTP client of one courier account, used by every adapter. Each call, in order:
 * 1. dry-run accounts (CourierAccount.dryRun): reads (login, serviceability, rates, tracking,
 *    labels of real AWBs; the list is READ_ENDPOINTS in ../dry-run.ts) go to the courier for
 *    real, since they are harmless and prove the credentials. Writes (create, assign_awb, edit,
 *    cancel, pickup, dispatch-date, manifest, ndr, address…) and any call about a synthetic id
 *    never leave Packline: the adapter's `config.dryRun` hook answers with a body its own parser
 *    accepts (AWBs and ids start with "DRYRUN"), and a write it has no answer for fails as
 *    `unsupported` rather than pretending. Use cases never call a courier about a DRYRUN AWB
 *    (the label is drawn by Packline, tracking skips it, cancelling it only updates Packline).
 *    README.md "Pointing at real couriers" says the same for admins;
 * 2. the token from the token cache (single-flight, advisory lock), when `config.auth` is set;
 * 3. the account's circuit breaker (fails fast with circuit_open; one probe when half-open);
 * 4. a slot of the endpoint's shared rate limit (waits for it);
 * 5. the call, with AbortSignal.timeout;
 * 6. on 401, one fresh login and the call again; on network errors, 429 (Retry-After honoured)
 *    and 5xx, retries with exponential backoff and full jitter; other 4xx fail at once with
 *    the courier's reason. Non-idempotent calls are only retried when they cannot have reached
 *    the courier (see CourierRequest.idempotent).
 * Metrics per courier and endpoint: latency, outcome class, 429s, retries, breaker state.
 */
export function createCourierHttp(
  account: CourierAccountRef,
  config: CourierHttpConfig = {},
): CourierHttp {
  const retry = { ...defaultRetryOptions, ...config.retry };
  const breaker = circuitBreaker(account.id, account.courier, {
    ...defaultBreakerOptions,
    ...config.breaker,
  });
  const m = courierMetrics();

  async function request<T>(req: CourierRequest): Promise<CourierResponse<T>> {
    if (account.dryRun && !dryRunCallsCourier(req)) return dryRun<T>(req);
    const labels = [account.courier, req.endpoint] as const;
    const idempotent = req.idempotent ?? !(req.method === "POST" || req.method === "PATCH");
    const auth = req.auth !== false ? config.auth : undefined;
    let staleToken: string | undefined;
    for (let n = 0, reauthed = false; ; n++) {
      const token = auth
        ? await getToken(account, auth.fetchToken, {
            marginMs: auth.refreshMarginMs,
            staleToken,
          })
        : undefined;
      try {
        breaker.acquire();
      } catch (error) {
        m.calls.labels(...labels, "circuit_open").inc();
        throw error;
      }
      const limit = config.limits?.[req.endpoint];
      if (limit) {
        const waited = await acquireSlot(`courier:${account.id}:${req.endpoint}`, limit).catch(
          (error: unknown) => (breaker.record("neutral"), Promise.reject(error)),
        );
        if (waited === null) {
          breaker.record("neutral");
          throw new CourierError({
            courier: account.courier,
            kind: "rate_limited",
            message: `${account.courier} ${req.endpoint}: no rate-limit slot free within ${limit.maxWaitMs ?? 60_000} ms.`,
            retryAfterMs: limit.maxWaitMs ?? 60_000,
          });
        }
        m.rateLimitWaitSeconds.labels(...labels).observe(waited / 1000);
      }
      const started = performance.now();
      const headers = { ...req.headers, ...(token && auth ? auth.headers(token) : {}) };
      const result = await attempt(
        account,
        config,
        req,
        headers,
        req.timeoutMs ?? config.timeoutMs ?? DEFAULT_TIMEOUT_MS,
      );
      const outcome = result.ok ? "ok" : result.error.kind;
      m.duration.labels(...labels, outcome).observe((performance.now() - started) / 1000);
      m.calls.labels(...labels, outcome).inc();
      breaker.record(verdictOf(outcome));
      if (result.ok)
        return {
          status: result.status,
          headers: result.headers,
          body: result.body as T,
          dryRun: false,
        };
      const error = result.error;
      if (error.kind === "rate_limited") m.tooManyRequests.labels(...labels).inc();
      if (error.kind === "auth" && error.status === 401 && auth && token && !reauthed) {
        reauthed = true;
        staleToken = token;
        n--;
        continue;
      }
      const retryable =
        error.kind === "rate_limited" ||
        (error.kind === "network" && (idempotent || result.connectRefused)) ||
        (error.kind === "server" && idempotent);
      const waitMs =
        error.kind === "rate_limited" && error.retryAfterMs !== null
          ? error.retryAfterMs
          : backoffMs(n, retry);
      if (!retryable || n + 1 >= retry.maxAttempts || waitMs > retry.maxRetryAfterMs) throw error;
      m.retries.labels(...labels).inc();
      log.warn("courier call will be retried", {
        courier: account.courier,
        endpoint: req.endpoint,
        attempt: n + 1,
        kind: error.kind,
        status: error.status,
        waitMs,
      });
      await sleep(waitMs);
    }
  }

  function dryRun<T>(req: CourierRequest): CourierResponse<T> {
    const answer = config.dryRun?.(req);
    m.calls.labels(account.courier, req.endpoint, answer ? "dry_run" : "unsupported").inc();
    if (!answer)
      throw new CourierError({
        courier: account.courier,
        kind: "unsupported",
        message: `${account.courier} account is in dry-run mode and ${req.endpoint} has no synthetic answer.`,
      });
    return {
      status: answer.status ?? 200,
      headers: new Headers({ "x-packline-dry-run": "true" }),
      body: answer.body as T,
      dryRun: true,
    };
  }

  return { account, request };
}

function verdictOf(outcome: string): BreakerVerdict {
  if (outcome === "server" || outcome === "network" || outcome === "malformed") return "failure";
  return outcome === "rate_limited" ? "neutral" : "success";
}
