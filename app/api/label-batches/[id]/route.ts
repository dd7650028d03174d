import { getLabelBatch } from "@/lib/dispatch/labels/get-label-batch";
import { withRoute } from "@/lib/http/with-route";
import { labelBatchIdParams } from "@/lib/validation/label-batch";

export const GET = withRoute({
  route: "GET /api/label-batches/[id]",
  params: labelBatchIdParams,
  handler: ({ params, caller }) => getLabelBatch({ batchId: params.id, viewer: caller }),
});
