import { withRoute } from "@/lib/http/with-route";
import { listBoxPresets } from "@/lib/warehouse/list-box-presets";

export const GET = withRoute({
  route: "GET /api/box-presets",
  handler: async () => ({ items: await listBoxPresets({ activeOnly: true }) }),
});
