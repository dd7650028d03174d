import { retryLabelBatch } from "@/lib/dispatch/labels/retry-label-batch";
import { withRoute } from "@/lib/http/with-route";
import { labelBatchIdParams } from "@/lib/validation/label-batch";

export const POST = withRoute({
  route: "POST /api/label-batches/[id]/retry",
  params: labelBatchIdParams,
  handler: ({ params, caller }) => retryLabelBatch({ batchId: params.id, caller }),
});
