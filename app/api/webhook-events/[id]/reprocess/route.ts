import { withRoute } from "@/lib/http/with-route";
import { webhookEventIdParams } from "@/lib/validation/webhook-log";
import { reprocessWebhookEvent } from "@/lib/webhooks/reprocess-webhook-event";

// Admin: apply a FAILED webhook delivery again (the webhook log's payload view).
export const POST = withRoute({
  route: "POST /api/webhook-events/[id]/reprocess",
  params: webhookEventIdParams,
  handler: ({ params, caller }) => reprocessWebhookEvent({ id: params.id, caller }),
});
