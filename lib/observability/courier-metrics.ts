import { Counter, Gauge, Histogram } from "prom-client";
import { metrics } from "./metrics";

// Courier call metrics on the process registry (served by GET /api/metrics). Labels stay
// bounded: courier code, the adapter's endpoint name, an outcome class, the account id.
const globalForCourierMetrics = globalThis as unknown as {
  packlineCourierMetrics?: CourierMetrics;
};

export type CourierOutcome =
  | "ok"
  | "dry_run"
  | "validation"
  | "rejected"
  | "auth"
  | "rate_limited"
  | "server"
  | "network"
  | "malformed"
  | "circuit_open"
  | "unsupported";

export interface CourierMetrics {
  duration: Histogram<"courier" | "endpoint" | "outcome">;
  calls: Counter<"courier" | "endpoint" | "outcome">;
  tooManyRequests: Counter<"courier" | "endpoint">;
  retries: Counter<"courier" | "endpoint">;
  rateLimitWaitSeconds: Histogram<"courier" | "endpoint">;
  breakerState: Gauge<"courier" | "account">;
  tokenRefreshes: Counter<"courier" | "outcome">;
}

function create(): CourierMetrics {
  const registers = [metrics().registry];
  const by = ["courier", "endpoint"] as const;
  return {
    duration: new Histogram({
      name: "packline_courier_request_duration_seconds",
      help: "Courier HTTP attempt latency by courier, endpoint and outcome class",
      labelNames: [...by, "outcome"] as const,
      buckets: [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
      registers,
    }),
    calls: new Counter({
      name: "packline_courier_requests_total",
      help: "Courier HTTP attempts by courier, endpoint and outcome class",
      labelNames: [...by, "outcome"] as const,
      registers,
    }),
    tooManyRequests: new Counter({
      name: "packline_courier_rate_limited_total",
      help: "Rate-limit answers (429, or the courier's own equivalent) by courier and endpoint",
      labelNames: by,
      registers,
    }),
    retries: new Counter({
      name: "packline_courier_retries_total",
      help: "Retried courier attempts by courier and endpoint",
      labelNames: by,
      registers,
    }),
    rateLimitWaitSeconds: new Histogram({
      name: "packline_courier_rate_limit_wait_seconds",
      help: "Time spent waiting for a shared rate-limit slot before a courier call",
      labelNames: by,
      buckets: [0, 0.01, 0.05, 0.1, 0.5, 1, 5, 15, 60],
      registers,
    }),
    breakerState: new Gauge({
      name: "packline_courier_breaker_state",
      help: "Circuit breaker state per courier account: 0 closed, 1 half-open, 2 open",
      labelNames: ["courier", "account"] as const,
      registers,
    }),
    tokenRefreshes: new Counter({
      name: "packline_courier_token_refreshes_total",
      help: "Courier token logins by courier and outcome",
      labelNames: ["courier", "outcome"] as const,
      registers,
    }),
  };
}

export function courierMetrics(): CourierMetrics {
  return (globalForCourierMetrics.packlineCourierMetrics ??= create());
}
