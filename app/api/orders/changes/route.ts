import { withRoute } from "@/lib/http/with-route";
import { listOrderChanges } from "@/lib/orders/list-order-changes";
import { orderChangesQuery } from "@/lib/validation/order";

export const GET = withRoute({
  route: "GET /api/orders/changes",
  query: orderChangesQuery,
  handler: ({ query }) => listOrderChanges(query),
});
