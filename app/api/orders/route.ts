import { withRoute } from "@/lib/http/with-route";
import { listOrders } from "@/lib/orders/list-orders";
import { listOrdersQuery } from "@/lib/validation/order";

export const GET = withRoute({
  route: "GET /api/orders",
  query: listOrdersQuery,
  handler: ({ query }) => listOrders(query),
});
