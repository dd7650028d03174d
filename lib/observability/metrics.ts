import { Histogram, Registry, collectDefaultMetrics } from "prom-client";

// One registry per process, kept on globalThis so dev reloads do not register metrics twice.
const globalForMetrics = globalThis as unknown as { packlineMetrics?: Metrics };

interface Metrics {
  registry: Registry;
  httpDuration: Histogram<"method" | "route" | "status">;
}

function create(): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: "packline_" });
  const httpDuration = new Histogram({
    name: "packline_http_request_duration_seconds",
    help: "Route handler latency by route pattern",
    labelNames: ["method", "route", "status"] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
  });
  return { registry, httpDuration };
}

export function metrics(): Metrics {
  return (globalForMetrics.packlineMetrics ??= create());
}

/** A route label with ids collapsed, so label cardinality stays bounded. */
export function routeLabel(pathname: string): string {
  return pathname
    .split("/")
    .map((segment) => (/\d/.test(segment) || segment.length > 24 ? ":id" : segment))
    .join("/");
}
