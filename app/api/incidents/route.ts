import { withRoute } from "@/lib/http/with-route";
import { listIncidents } from "@/lib/incidents/list-incidents";
import { incidentsQuery } from "@/lib/validation/incident";

export const GET = withRoute({
  route: "GET /api/incidents",
  query: incidentsQuery,
  handler: ({ query }) => listIncidents(query),
});
