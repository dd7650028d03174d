import { withRoute } from "@/lib/http/with-route";
import { getTicketWebhookUrl, saveTicketWebhookUrl } from "@/lib/incidents/incident-settings";
import { incidentSettingsInput } from "@/lib/validation/incident";

export const GET = withRoute({
  route: "GET /api/admin/incident-settings",
  handler: async () => ({ ticketWebhookUrl: await getTicketWebhookUrl() }),
});

export const PUT = withRoute({
  route: "PUT /api/admin/incident-settings",
  body: incidentSettingsInput,
  handler: ({ body, caller }) => saveTicketWebhookUrl(body.ticketWebhookUrl, caller.id),
});
