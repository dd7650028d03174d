import { WEBHOOK_LOG_STATUSES, WEBHOOK_PROVIDERS } from "@/lib/webhooks/list-webhook-log";
import { z } from "./zod";

export const webhookEventIdParams = z.object({ id: z.string().trim().min(1).max(64) });

/** /shipping/webhooks?provider=&status=&cursor=: an unknown filter shows everything. */
export const webhookLogQuery = z.object({
  provider: z.enum(WEBHOOK_PROVIDERS).optional().catch(undefined),
  status: z.enum(WEBHOOK_LOG_STATUSES).optional().catch(undefined),
  cursor: z.string().max(500).optional().catch(undefined),
});

/** /shipping/webhooks/{event|rejection}/{id} */
export const webhookPayloadParams = z.object({
  kind: z.enum(["event", "rejection"]),
  id: z.string().min(1).max(64),
});
