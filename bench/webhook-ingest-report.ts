// The table of bench/webhook-ingest.ts: figure, value, target, baseline of the same run, ratio.
import type { LoadResult } from "./http-load";
import type { bareUpserts, drained } from "./webhook-ingest-measures";

export interface IngestResults {
  events: number;
  distinct: number;
  connections: number;
  cores: number;
  loadAverageAfterIngest: number;
  trivial: LoadResult;
  /** the webhook load with the worker applying alongside */
  ingest: LoadResult;
  applied: Awaited<ReturnType<typeof drained>>;
  /** the same load with no worker running, applied afterwards */
  burst: LoadResult;
  burstApplied: Awaited<ReturnType<typeof drained>>;
  bare: Awaited<ReturnType<typeof bareUpserts>>;
}

const ms = (n: number) => `${n.toFixed(1)} ms`;
const perSecond = (n: number) => `${Math.round(n).toLocaleString("en-IN")}/s`;
const ratio = (a: number, b: number, digits = 2) => (a / b).toFixed(digits);

/** Prints the table; true when every delivery was answered 200 and every scan applied once. */
export function printReport(r: IngestResults): boolean {
  const answered = r.ingest.statuses["200"] === r.events && r.burst.statuses["200"] === r.events;
  const appliedOnce =
    r.burstApplied.scans === r.distinct && r.burstApplied.byStatus.RECEIVED === undefined;
  const trivial = perSecond(r.trivial.ratePerSecond);
  const rows = (label: string, load: LoadResult) => [
    [
      label,
      perSecond(load.ratePerSecond),
      "≥ 0.5 × trivial",
      trivial,
      ratio(load.ratePerSecond, r.trivial.ratePerSecond),
    ],
    [
      "  against a bare upsert",
      "",
      "reported",
      perSecond(r.bare.ratePerSecond),
      ratio(load.ratePerSecond, r.bare.ratePerSecond, 3),
    ],
    [
      "  its p95",
      ms(load.p95Ms),
      "≤ 50 ms",
      ms(r.trivial.p95Ms),
      ratio(load.p95Ms, r.trivial.p95Ms),
    ],
  ];
  const table = [
    ["figure", "value", "target", "baseline", "ratio"],
    ["trivial route GET /api/ping", trivial, "", "", ""],
    ["  its p95", ms(r.trivial.p95Ms), "", "", ""],
    ...rows(`webhook ingest, worker applying alongside`, r.ingest),
    ["  all applied, after the load", `${r.applied.seconds.toFixed(1)} s`, "", "", ""],
    ...rows(`webhook ingest, apply deferred (no worker)`, r.burst),
    ["  all applied, worker started after", `${r.burstApplied.seconds.toFixed(1)} s`, "", "", ""],
    ["bare INSERT … ON CONFLICT, same rows", perSecond(r.bare.ratePerSecond), "", "", ""],
    ["  its p95", ms(r.bare.p95Ms), "", "", ""],
    [
      "distinct scans applied once",
      `${r.burstApplied.scans} of ${r.distinct}`,
      "all",
      "",
      appliedOnce ? "ok" : "MISMATCH",
    ],
  ];
  const widths = table[0]!.map((_, i) => Math.max(...table.map((row) => row[i]!.length)));
  console.log(
    `${r.events} webhook requests per run (10 % exact duplicates) from ${r.connections} connections; load average ${r.loadAverageAfterIngest.toFixed(2)} on ${r.cores} cores after ingest`,
  );
  for (const row of table) console.log(row.map((c, i) => c.padEnd(widths[i]!)).join("  "));
  console.log(
    `statuses: alongside ${JSON.stringify(r.ingest.statuses)}, deferred ${JSON.stringify(r.burst.statuses)}; stored rows ${JSON.stringify(r.burstApplied.byStatus)}`,
  );
  return answered && appliedOnce;
}
