import { withRoute } from "@/lib/http/with-route";
import { loadReconciliationSummary } from "@/lib/remittance/load-reconciliation-summary";

export const GET = withRoute({
  route: "GET /api/remittance/summary",
  handler: () => loadReconciliationSummary(),
});
