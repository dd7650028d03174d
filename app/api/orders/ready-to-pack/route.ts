import { withRoute } from "@/lib/http/with-route";
import { readyToPackQuery } from "@/lib/validation/packing";
import { listReadyToPack } from "@/lib/warehouse/list-ready-to-pack";

export const GET = withRoute({
  route: "GET /api/orders/ready-to-pack",
  query: readyToPackQuery,
  handler: ({ query }) => listReadyToPack(query),
});
