// The load process of HTTP benches: runs autocannon against a server from a process of its own,
// so the load generator's CPU is not the server's event loop. Reads a JSON plan from the file
// named by its first argument: { url, connections, requests: [{ method, path, headers, body? }] }
// sent once each, in order (a connection takes the next one when it is free). Prints one JSON
// line: requests answered, seconds, rate per second, p50/p95/p99 in ms, count per status.
// Used by bench/webhook-ingest.ts; any bench can spawn it: node --import tsx bench/http-load.ts plan.json
import { readFileSync } from "node:fs";
import autocannon from "autocannon";
import { percentile } from "./percentile";

export interface LoadRequest {
  method: "GET" | "POST";
  path: string;
  headers: Record<string, string>;
  body?: string;
}

export interface LoadPlan {
  url: string;
  connections: number;
  requests: LoadRequest[];
}

export interface LoadResult {
  requests: number;
  seconds: number;
  ratePerSecond: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  statuses: Record<string, number>;
  errors: number;
}

async function run(plan: LoadPlan): Promise<LoadResult> {
  const times: number[] = [];
  const statuses: Record<string, number> = {};
  let next = 0;
  const started = performance.now();
  const options: autocannon.Options = {
    url: plan.url,
    connections: plan.connections,
    amount: plan.requests.length,
    requests: [
      {
        setupRequest: (request) => {
          const planned = plan.requests[next++ % plan.requests.length]!;
          return { ...request, ...planned };
        },
      },
    ],
  };
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(options, (error, done) => (error ? reject(error) : resolve(done)));
    instance.on("response", (_client, statusCode: number, _bytes, responseTime: number) => {
      times.push(responseTime);
      statuses[statusCode] = (statuses[statusCode] ?? 0) + 1;
    });
  });
  const seconds = (performance.now() - started) / 1000;
  return {
    requests: times.length,
    seconds,
    ratePerSecond: times.length / seconds,
    p50Ms: percentile(times, 0.5),
    p95Ms: percentile(times, 0.95),
    p99Ms: percentile(times, 0.99),
    statuses,
    errors: result.errors + result.timeouts,
  };
}

const file = process.argv[2];
if (file) {
  run(JSON.parse(readFileSync(file, "utf8")) as LoadPlan)
    .then((result) => {
      process.stdout.write(`${JSON.stringify(result)}\n`);
      process.exit(0);
    })
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}
