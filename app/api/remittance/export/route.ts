import { withRoute } from "@/lib/http/with-route";
import { streamReconciliationCsv } from "@/lib/remittance/stream-reconciliation-csv";
import { reconciliationFilter } from "@/lib/validation/remittance";

export const GET = withRoute({
  route: "GET /api/remittance/export",
  query: reconciliationFilter,
  handler: async ({ query }) => {
    const name = ["cod-remittance", query.courier, query.state].filter(Boolean).join("_");
    return new Response(streamReconciliationCsv(query), {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="${name.toLowerCase()}.csv"`,
        "cache-control": "no-store",
      },
    });
  },
});
