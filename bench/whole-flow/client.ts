import http from "node:http";
import { percentile } from "../percentile";

// The load process's HTTP client (keep-alive, many sockets) and what it records per figure.
const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });

export interface Answer {
  status: number;
  body: string;
  headers: http.IncomingHttpHeaders;
}

export function request(
  url: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      url,
      { method: options.method ?? "GET", agent, headers: options.headers, timeout: 60_000 },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () =>
          resolve({
            status: res.statusCode ?? 0,
            body: Buffer.concat(chunks).toString(),
            headers: res.headers,
          }),
        );
      },
    );
    req.on("timeout", () => req.destroy(new Error(`no answer from ${url} within 60 s`)));
    req.on("error", reject);
    req.end(options.body);
  });
}

export interface FigureStats {
  count: number;
  errors: number;
  /** what the step asked for per second and what completed per second */
  perSecond: number;
  p50: number;
  p95: number;
  p99: number;
  firstError?: string;
}

/** Latency samples (ms) and failures per figure, for one measuring window. */
export class Recorder {
  private samples = new Map<string, number[]>();
  private failures = new Map<string, { count: number; first: string }>();
  private counts = new Map<string, number>();

  add(figure: string, ms: number) {
    const list = this.samples.get(figure) ?? [];
    list.push(ms);
    this.samples.set(figure, list);
  }

  /** an event with no latency (an order starved of work, a webhook duplicate) */
  count(what: string, n = 1) {
    this.counts.set(what, (this.counts.get(what) ?? 0) + n);
  }

  fail(figure: string, why: string) {
    const seen = this.failures.get(figure);
    if (seen) seen.count++;
    else this.failures.set(figure, { count: 1, first: why.slice(0, 300) });
  }

  stats(seconds: number): { figures: Record<string, FigureStats>; counts: Record<string, number> } {
    const figures: Record<string, FigureStats> = {};
    const names = new Set([...this.samples.keys(), ...this.failures.keys()]);
    for (const name of names) {
      const list = this.samples.get(name) ?? [];
      const failed = this.failures.get(name);
      const at = (q: number) => (list.length ? Math.round(percentile(list, q)) : 0);
      figures[name] = {
        count: list.length,
        errors: failed?.count ?? 0,
        perSecond: Number((list.length / seconds).toFixed(2)),
        p50: at(0.5),
        p95: at(0.95),
        p99: at(0.99),
        ...(failed ? { firstError: failed.first } : {}),
      };
    }
    return { figures, counts: Object.fromEntries(this.counts) };
  }
}

/**
 * Open loop: `rate` arrivals per second, each started at its scheduled time whether or not the
 * earlier ones have answered (a slow server does not slow the arrivals down, as real users do
 * not wait for each other), with its latency taken from the scheduled time, so queueing in the
 * load process counts against the server instead of hiding it. Resolves when `stop()` says so.
 */
export function openLoop(rate: () => number, fire: (scheduledAt: number) => void) {
  let next = performance.now();
  let stopped = false;
  const timer = setInterval(() => {
    if (stopped) return;
    const r = rate();
    if (r <= 0) {
      next = performance.now();
      return;
    }
    const now = performance.now();
    while (next <= now) {
      fire(next);
      next += 1000 / r;
    }
  }, 5);
  return () => {
    stopped = true;
    clearInterval(timer);
  };
}
