import { listDispatchBoard } from "@/lib/dispatch/list-dispatch-board";
import { withRoute } from "@/lib/http/with-route";

// The dock screen's data: parcels waiting per courier, open and closed handovers, missed cut-off.
export const GET = withRoute({
  route: "GET /api/dispatch",
  handler: () => listDispatchBoard(),
});
