import { listDeliveries } from "@/lib/events/list-deliveries";
import { withRoute } from "@/lib/http/with-route";
import { deliveriesQuery } from "@/lib/validation/event-subscriber";

export const GET = withRoute({
  route: "GET /api/admin/event-deliveries",
  query: deliveriesQuery,
  handler: ({ query }) => listDeliveries(query),
});
