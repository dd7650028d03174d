import { listFeatureFlags } from "@/lib/flags/set-feature-flag";
import { withRoute } from "@/lib/http/with-route";

export const GET = withRoute({
  access: { roles: ["ADMIN"] },
  handler: async () => ({ items: await listFeatureFlags() }),
});
