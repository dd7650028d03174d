import { withRoute } from "@/lib/http/with-route";
import { putBackTaskParams } from "@/lib/validation/put-back";
import { completePutBackTask } from "@/lib/warehouse/put-back/complete-put-back-task";

export const POST = withRoute({
  route: "POST /api/put-back-tasks/[id]/done",
  params: putBackTaskParams,
  handler: ({ params, caller }) => completePutBackTask({ taskId: params.id, user: caller }),
});
