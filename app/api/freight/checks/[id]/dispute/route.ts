import { openWeightDispute } from "@/lib/freight/open-weight-dispute";
import { withRoute } from "@/lib/http/with-route";
import { freightIdParams, openDisputeBody } from "@/lib/validation/freight";

// Ops open the dispute of one flagged weight charge, due by the courier's deadline.
export const POST = withRoute({
  route: "POST /api/freight/checks/[id]/dispute",
  params: freightIdParams,
  body: openDisputeBody,
  handler: ({ params, body, caller }) =>
    openWeightDispute({
      freightCheckId: params.id,
      note: body.note,
      by: { id: caller.id, name: caller.name },
    }),
});
