import { withRoute } from "@/lib/http/with-route";
import { notInStockBody } from "@/lib/validation/picking";
import { markNotInStock } from "@/lib/warehouse/mark-not-in-stock";

export const POST = withRoute({
  route: "POST /api/not-in-stock",
  body: notInStockBody,
  handler: ({ body, caller }) =>
    markNotInStock({
      code: body.sku,
      qty: body.qty,
      clientEventId: body.clientEventId,
      reporter: { id: caller.id },
    }),
});
