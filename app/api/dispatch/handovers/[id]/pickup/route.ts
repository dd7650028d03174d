import { requestPickup } from "@/lib/dispatch/request-pickup";
import { withRoute } from "@/lib/http/with-route";
import { handoverParams, requestPickupBody } from "@/lib/validation/dispatch";

export const POST = withRoute({
  route: "POST /api/dispatch/handovers/[id]/pickup",
  params: handoverParams,
  body: requestPickupBody,
  handler: ({ params, body, caller }) =>
    requestPickup({ handoverId: params.id, pickup: body, user: caller }),
});
