import { withRoute } from "@/lib/http/with-route";
import { getPickListStats } from "@/lib/warehouse/get-pick-list-stats";

export const GET = withRoute({
  route: "GET /api/picklist/stats",
  handler: ({ caller }) => getPickListStats({ pickerId: caller.id }),
});
