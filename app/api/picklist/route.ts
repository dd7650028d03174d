import { withRoute } from "@/lib/http/with-route";
import { pickListQuery } from "@/lib/validation/picking";
import { listPickList } from "@/lib/warehouse/list-pick-list";

export const GET = withRoute({
  route: "GET /api/picklist",
  query: pickListQuery,
  handler: ({ query }) => listPickList(query),
});
