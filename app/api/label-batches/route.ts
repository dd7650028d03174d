import { startLabelBatch } from "@/lib/dispatch/labels/start-label-batch";
import { withRoute } from "@/lib/http/with-route";
import { startLabelBatchBody } from "@/lib/validation/label-batch";

export const POST = withRoute({
  route: "POST /api/label-batches",
  body: startLabelBatchBody,
  handler: ({ body, caller }) => startLabelBatch({ ...body, caller }),
});
