import { updateFreightRule } from "@/lib/freight/update-freight-rule";
import { withRoute } from "@/lib/http/with-route";
import { freightIdParams, freightRuleBody } from "@/lib/validation/freight";

// The admin sets one courier account's weight rule (divisor, slab, tolerance, dispute window).
export const PUT = withRoute({
  route: "PUT /api/admin/freight-rules/[id]",
  params: freightIdParams,
  body: freightRuleBody,
  handler: ({ params, body }) => updateFreightRule(params.id, body),
});
