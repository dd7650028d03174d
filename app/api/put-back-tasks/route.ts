import { withRoute } from "@/lib/http/with-route";
import { putBackListQuery } from "@/lib/validation/put-back";
import { listPutBackTasks } from "@/lib/warehouse/put-back/list-put-back-tasks";

// Units of cancelled orders waiting to go back to their bins (the pick screen lists them).
export const GET = withRoute({
  route: "GET /api/put-back-tasks",
  query: putBackListQuery,
  handler: ({ query }) => listPutBackTasks(query),
});
