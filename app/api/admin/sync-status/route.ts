import { withRoute } from "@/lib/http/with-route";
import { getSyncStatus } from "@/lib/orders/import/get-sync-status";

export const GET = withRoute({
  route: "GET /api/admin/sync-status",
  handler: () => getSyncStatus(),
});
