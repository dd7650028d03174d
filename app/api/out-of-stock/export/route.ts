import { withRoute } from "@/lib/http/with-route";
import { stockReportRange } from "@/lib/validation/out-of-stock";
import { streamStockReportCsv } from "@/lib/warehouse/stream-stock-report-csv";

export const GET = withRoute({
  route: "GET /api/out-of-stock/export",
  query: stockReportRange,
  handler: async ({ query }) => {
    const { stream, filename } = streamStockReportCsv(query);
    return new Response(stream, {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="${filename}"`,
        "cache-control": "no-store",
      },
    });
  },
});
