import { withRoute } from "@/lib/http/with-route";
import { retryRefund } from "@/lib/receiving/refund/retry-refund";
import { refundIdParams } from "@/lib/validation/receiving";

export const POST = withRoute({
  route: "POST /api/refunds/[id]/retry",
  params: refundIdParams,
  handler: ({ params, caller }) => retryRefund({ refundId: params.id, caller }),
});
