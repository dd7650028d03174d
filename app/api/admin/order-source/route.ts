import { withRoute } from "@/lib/http/with-route";
import { getOrderSource } from "@/lib/orders/import/get-order-source";
import { saveOrderSource } from "@/lib/orders/import/save-order-source";
import { orderSourceInput } from "@/lib/validation/order-source";

export const GET = withRoute({
  route: "GET /api/admin/order-source",
  handler: () => getOrderSource(),
});

export const PUT = withRoute({
  route: "PUT /api/admin/order-source",
  body: orderSourceInput,
  handler: ({ body, caller }) => saveOrderSource({ input: body, actorId: caller.id }),
});
