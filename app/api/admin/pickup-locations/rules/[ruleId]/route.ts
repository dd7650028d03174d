import { deletePickupRule } from "@/lib/dispatch/locations/pickup-rules";
import { withRoute } from "@/lib/http/with-route";
import { pickupRuleParams } from "@/lib/validation/pickup-location";

export const DELETE = withRoute({
  route: "DELETE /api/admin/pickup-locations/rules/[ruleId]",
  params: pickupRuleParams,
  handler: ({ params, caller }) => deletePickupRule({ ruleId: params.ruleId, actorId: caller.id }),
});
