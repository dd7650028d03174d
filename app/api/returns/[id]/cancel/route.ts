import { withRoute } from "@/lib/http/with-route";
import { cancelReturnRequest } from "@/lib/returns/decide-return-request";
import { returnIdParams } from "@/lib/validation/returns";

export const POST = withRoute({
  route: "POST /api/returns/[id]/cancel",
  params: returnIdParams,
  handler: ({ params, caller }) => cancelReturnRequest(params.id, caller),
});
