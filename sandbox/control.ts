import { z } from "zod";
import { addFault, clearFaults, listFaults } from "./faults";
import type { Router } from "./http";

const faultSchema = z.object({
  prefix: z.string().startsWith("/"),
  latencyMs: z.number().int().min(0).max(120_000).optional(),
  status: z.number().int().min(200).max(599).optional(),
  retryAfterSeconds: z.number().int().min(0).optional(),
  body: z.unknown().optional(),
  malformed: z.boolean().optional(),
  hang: z.boolean().optional(),
  times: z.number().int().min(1).optional(),
});

// Every non-control request the sandbox process received (method, path and query, newest last),
// so a test or a demo can check what reached "the courier", e.g. that a dry run booked nothing.
const JOURNAL_MAX = 2000;
const journal: { method: string; path: string; query: string; at: string }[] = [];

export function recordRequest(method: string, url: URL): void {
  journal.push({ method, path: url.pathname, query: url.search, at: new Date().toISOString() });
  if (journal.length > JOURNAL_MAX) journal.splice(0, journal.length - JOURNAL_MAX);
}

/** The control API: how tests and demos tell the sandbox to misbehave, and what it received. */
export function mountControl(router: Router): void {
  router
    .on("GET", "/_control/health", () => ({ body: { ok: true } }))
    .on("GET", "/_control/faults", () => ({ body: { faults: listFaults() } }))
    .on("POST", "/_control/faults", (req) => {
      const parsed = faultSchema.safeParse(req.json());
      if (!parsed.success) return { status: 400, body: { error: parsed.error.issues } };
      addFault(parsed.data);
      return { status: 201, body: { faults: listFaults() } };
    })
    .on("DELETE", "/_control/faults", () => {
      clearFaults();
      return { body: { faults: [] } };
    })
    .on("GET", "/_control/requests", (req) => {
      const prefix = req.query.get("prefix") ?? "";
      return { body: { requests: journal.filter((r) => r.path.startsWith(prefix)) } };
    })
    .on("DELETE", "/_control/requests", () => {
      journal.length = 0;
      return { body: { requests: [] } };
    });
}
