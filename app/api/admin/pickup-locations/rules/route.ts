import { addPickupRule, listPickupRules } from "@/lib/dispatch/locations/pickup-rules";
import { withRoute } from "@/lib/http/with-route";
import { pickupRuleBody } from "@/lib/validation/pickup-location";

export const GET = withRoute({
  route: "GET /api/admin/pickup-locations/rules",
  handler: () => listPickupRules(),
});

export const POST = withRoute({
  route: "POST /api/admin/pickup-locations/rules",
  body: pickupRuleBody,
  handler: ({ body, caller }) => addPickupRule({ ...body, actorId: caller.id }),
});
