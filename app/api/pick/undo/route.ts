import { withRoute } from "@/lib/http/with-route";
import { undoPickBody } from "@/lib/validation/picking";
import { undoPick } from "@/lib/warehouse/undo-pick";

export const POST = withRoute({
  route: "POST /api/pick/undo",
  body: undoPickBody,
  handler: ({ body, caller }) =>
    undoPick({ picker: { id: caller.id }, clientEventId: body.clientEventId }),
});
