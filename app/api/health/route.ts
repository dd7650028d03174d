import { NextResponse } from "next/server";
import { withRoute } from "@/lib/http/with-route";
import { checkHealth } from "@/lib/observability/health";

export const dynamic = "force-dynamic";

// 200 while Packline can serve (a stale worker is "degraded", still 200); 503 when it cannot.
export const GET = withRoute({
  route: "GET /api/health",
  handler: async () => {
    const health = await checkHealth();
    return NextResponse.json(health, {
      status: health.status === "down" ? 503 : 200,
      headers: { "cache-control": "no-store" },
    });
  },
});
