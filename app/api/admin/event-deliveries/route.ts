import { listDeliveries } from "@/lib/events/list-deliveries";
import { withRoute } from "@/lib/http/with-route";
import { deliveriesQuery } from "@/lib/validation/event-subscriber";

export const GET = withRoute({
  access: { roles: ["ADMIN"] },
  query: deliveriesQuery,
  handler: ({ query }) => listDeliveries(query),
});
