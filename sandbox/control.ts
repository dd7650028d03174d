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

/** The control API: how tests and demos tell the sandbox to misbehave. */
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
    });
}
