import { withRoute } from "@/lib/http/with-route";
import { listReconciliationRows } from "@/lib/remittance/list-reconciliation-rows";
import { reconciliationRowsQuery } from "@/lib/validation/remittance";

export const GET = withRoute({
  route: "GET /api/remittance/rows",
  query: reconciliationRowsQuery,
  handler: ({ query }) => listReconciliationRows(query),
});
