import { NextResponse } from "next/server";
import { withRoute } from "@/lib/http/with-route";

export const dynamic = "force-dynamic";

// The floor for benchmarks: an answer through the same wrapper as every route, touching no
// database, so a route's figure can be read against what any answer of this server costs.
export const GET = withRoute({
  route: "GET /api/ping",
  handler: async () =>
    NextResponse.json({ ok: true }, { headers: { "cache-control": "no-store" } }),
});
