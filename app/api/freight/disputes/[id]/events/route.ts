import { updateWeightDispute } from "@/lib/freight/update-weight-dispute";
import { withRoute } from "@/lib/http/with-route";
import { disputeEventBody, freightIdParams } from "@/lib/validation/freight";

// A dispute moves on (submitted, the courier's answer) or gets a note.
export const POST = withRoute({
  route: "POST /api/freight/disputes/[id]/events",
  params: freightIdParams,
  body: disputeEventBody,
  handler: ({ params, body, caller }) =>
    updateWeightDispute({
      disputeId: params.id,
      status: body.status,
      note: body.note,
      by: { name: caller.name },
    }),
});
