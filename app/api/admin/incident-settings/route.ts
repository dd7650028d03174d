import { withRoute } from "@/lib/http/with-route";
import { getTicketWebhookUrl, saveTicketWebhookUrl } from "@/lib/incidents/incident-settings";
import { incidentSettingsInput } from "@/lib/validation/incident";

export const GET = withRoute({
  access: { roles: ["ADMIN"] },
  handler: async () => ({ ticketWebhookUrl: await getTicketWebhookUrl() }),
});

export const PUT = withRoute({
  access: { roles: ["ADMIN"] },
  body: incidentSettingsInput,
  handler: ({ body, caller }) => saveTicketWebhookUrl(body.ticketWebhookUrl, caller.id),
});
