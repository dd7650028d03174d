import { withRoute } from "@/lib/http/with-route";
import { metrics } from "@/lib/observability/metrics";

export const dynamic = "force-dynamic";

export const GET = withRoute({
  route: "GET /api/metrics",
  handler: async () => {
    const { registry } = metrics();
    return new Response(await registry.metrics(), {
      headers: { "content-type": registry.contentType },
    });
  },
});
