import { getHandoverManifest } from "@/lib/dispatch/get-handover-manifest";
import { withRoute } from "@/lib/http/with-route";
import { handoverParams, manifestQuery } from "@/lib/validation/dispatch";

export const GET = withRoute({
  route: "GET /api/dispatch/handovers/[id]/manifest",
  params: handoverParams,
  query: manifestQuery,
  handler: async ({ params, query, caller }) => {
    const file = await getHandoverManifest({
      handoverId: params.id,
      kind: query.kind,
      user: caller,
    });
    return new Response(Buffer.from(file.pdf), {
      headers: {
        "content-type": "application/pdf",
        "content-disposition": `inline; filename="${file.filename}"`,
        "cache-control": "private, no-store",
      },
    });
  },
});
