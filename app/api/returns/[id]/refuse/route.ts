import { withRoute } from "@/lib/http/with-route";
import { refuseReturnRequest } from "@/lib/returns/decide-return-request";
import { refuseReturnInput, returnIdParams } from "@/lib/validation/returns";

export const POST = withRoute({
  route: "POST /api/returns/[id]/refuse",
  params: returnIdParams,
  body: refuseReturnInput,
  handler: ({ params, body, caller }) => refuseReturnRequest(params.id, body.reason, caller),
});
