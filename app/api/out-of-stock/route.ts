import { withRoute } from "@/lib/http/with-route";
import { stockReportRange } from "@/lib/validation/out-of-stock";
import { loadStockReport } from "@/lib/warehouse/load-stock-report";

export const GET = withRoute({
  route: "GET /api/out-of-stock",
  query: stockReportRange,
  handler: ({ query }) => loadStockReport(query),
});
