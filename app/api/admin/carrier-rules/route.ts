import { withRoute } from "@/lib/http/with-route";
import { getCarrierRules } from "@/lib/shipping/rates/get-carrier-rules";
import { saveCarrierRules } from "@/lib/shipping/rates/save-carrier-rules";
import { carrierRulesBody } from "@/lib/validation/carrier-rules";

export const GET = withRoute({
  route: "GET /api/admin/carrier-rules",
  handler: () => getCarrierRules(),
});

export const PUT = withRoute({
  route: "PUT /api/admin/carrier-rules",
  body: carrierRulesBody,
  handler: ({ body, caller }) => saveCarrierRules(body, caller.id),
});
