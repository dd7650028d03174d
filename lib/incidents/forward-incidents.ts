import { db } from "@/lib/db";
import { log } from "@/lib/observability/logger";
import { getTicketWebhookUrl } from "./incident-settings";

// Incidents older than this are not forwarded any more (the webhook was down for a day).
const GIVE_UP_AFTER_MS = 24 * 3_600_000;

/**
 * Forwards new incidents to the ticketing webhook (the seeds' Jira tickets), if one is set.
 * Rows stay locked (SKIP LOCKED) while they are posted, so two workers never open two tickets;
 * an incident whose POST fails is tried again on the next run.
 */
export async function forwardIncidents(limit = 20): Promise<{ forwarded: number; failed: number }> {
  const url = await getTicketWebhookUrl();
  if (!url) return { forwarded: 0, failed: 0 };
  const since = new Date(Date.now() - GIVE_UP_AFTER_MS);
  return db.$transaction(
    async (tx) => {
      const due = await tx.$queryRaw<
        {
          id: string;
          category: string;
          severity: string;
          stage: string;
          title: string;
          orderId: string | null;
          context: unknown;
          createdAt: Date;
        }[]
      >`SELECT id, category::text, severity::text, stage, title, "orderId", context, "createdAt"
        FROM "Incident" WHERE "forwardedAt" IS NULL AND "createdAt" >= ${since}
        ORDER BY "createdAt" LIMIT ${limit} FOR UPDATE SKIP LOCKED`;
      let forwarded = 0;
      for (const incident of due) {
        try {
          const res = await fetch(url, {
            method: "POST",
            headers: { "content-type": "application/json", "user-agent": "Packline-Incidents/1" },
            body: JSON.stringify({ source: "packline", ...incident }),
            signal: AbortSignal.timeout(5_000),
          });
          if (!res.ok) throw new Error(`HTTP ${res.status}`);
          await tx.incident.update({
            where: { id: incident.id },
            data: { forwardedAt: new Date() },
            select: { id: true },
          });
          forwarded++;
        } catch (error) {
          log.warn("incident forwarding failed; will retry", { incidentId: incident.id, error });
        }
      }
      return { forwarded, failed: due.length - forwarded };
    },
    { timeout: 120_000 },
  );
}
