import { listFeatureFlags } from "@/lib/flags/set-feature-flag";
import { withRoute } from "@/lib/http/with-route";

export const GET = withRoute({
  route: "GET /api/admin/flags",
  handler: async () => ({ items: await listFeatureFlags() }),
});
