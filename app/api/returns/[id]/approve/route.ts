import { withRoute } from "@/lib/http/with-route";
import { approveReturnRequest } from "@/lib/returns/decide-return-request";
import { returnIdParams } from "@/lib/validation/returns";

export const POST = withRoute({
  route: "POST /api/returns/[id]/approve",
  params: returnIdParams,
  handler: ({ params, caller }) => approveReturnRequest(params.id, caller),
});
