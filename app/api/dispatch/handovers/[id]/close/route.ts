import { closeHandover } from "@/lib/dispatch/close-handover";
import { withRoute } from "@/lib/http/with-route";
import { handoverParams, requestPickupBody } from "@/lib/validation/dispatch";

export const POST = withRoute({
  route: "POST /api/dispatch/handovers/[id]/close",
  params: handoverParams,
  body: requestPickupBody,
  handler: ({ params, body, caller }) =>
    closeHandover({ handoverId: params.id, pickup: body, user: caller }),
});
