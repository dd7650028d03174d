import { withRoute } from "@/lib/http/with-route";
import { loadRemittanceRules } from "@/lib/remittance/load-remittance-rules";

export const GET = withRoute({
  route: "GET /api/remittance/settings",
  handler: () => loadRemittanceRules(),
});
