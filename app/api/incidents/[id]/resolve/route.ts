import { withRoute } from "@/lib/http/with-route";
import { resolveIncident } from "@/lib/incidents/resolve-incident";
import { incidentParams, resolveIncidentInput } from "@/lib/validation/incident";

export const POST = withRoute({
  route: "POST /api/incidents/[id]/resolve",
  params: incidentParams,
  body: resolveIncidentInput,
  handler: ({ params, body, caller }) =>
    resolveIncident({ id: params.id, by: caller, note: body.note }),
});
