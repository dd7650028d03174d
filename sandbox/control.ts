import { z } from "zod";
import { addFault, clearFaults, listFaults } from "./faults";
import type { Router } from "./http";
import { addRefusal, clearRefusals, listRefusals } from "./refusals";

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

const refusalSchema = z.object({
  courier: z.enum(["shiprocket", "delhivery", "ekart"]),
  pincode: z
    .string()
    .regex(/^\d{6}$/)
    .optional(),
  reference: z.string().min(1).max(60).optional(),
  reason: z.string().min(1).max(200).optional(),
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
    // A courier refuses bookings to a pincode or of one order (refusals.ts): fallback demos.
    .on("GET", "/_control/refusals", () => ({ body: { refusals: listRefusals() } }))
    .on("POST", "/_control/refusals", (req) => {
      const parsed = refusalSchema.safeParse(req.json());
      if (!parsed.success) return { status: 400, body: { error: parsed.error.issues } };
      addRefusal(parsed.data);
      return { status: 201, body: { refusals: listRefusals() } };
    })
    .on("DELETE", "/_control/refusals", () => {
      clearRefusals();
      return { body: { refusals: [] } };
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
