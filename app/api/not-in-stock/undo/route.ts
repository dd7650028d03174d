import { withRoute } from "@/lib/http/with-route";
import { undoNotInStockBody } from "@/lib/validation/picking";
import { undoNotInStock } from "@/lib/warehouse/undo-not-in-stock";

export const POST = withRoute({
  route: "POST /api/not-in-stock/undo",
  body: undoNotInStockBody,
  handler: ({ body, caller }) =>
    undoNotInStock({
      clientEventId: body.clientEventId,
      caller: { id: caller.id, role: caller.role },
    }),
});
