import { z } from "./zod";
import { pageQuery } from "@/lib/http/pagination";

export const INCIDENT_CATEGORIES = ["DELIVERY", "PAYMENT", "STOCK", "DATABASE", "API"] as const;
export const INCIDENT_SEVERITIES = ["LOW", "MEDIUM", "HIGH", "CRITICAL"] as const;

export const incidentsQuery = pageQuery.extend({
  state: z.enum(["open", "resolved", "all"]).default("open"),
  category: z.enum(INCIDENT_CATEGORIES).optional(),
  severity: z.enum(INCIDENT_SEVERITIES).optional(),
  orderId: z.string().max(100).optional(),
  stage: z.string().max(100).optional(),
});

export const incidentParams = z.object({ id: z.string().min(1).max(100) });

export const resolveIncidentInput = z
  .object({ note: z.string().trim().max(1000).optional() })
  .default({});

export const incidentSettingsInput = z.object({
  /** empty: do not forward */
  ticketWebhookUrl: z
    .union([
      z.literal(""),
      z.url({ protocol: /^https?$/, message: "Enter an http(s) URL" }).max(500),
    ])
    .transform((v) => v || null),
});
