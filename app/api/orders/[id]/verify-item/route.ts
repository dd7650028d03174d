import { withRoute } from "@/lib/http/with-route";
import { orderIdParams, verifyItemBody } from "@/lib/validation/packing";
import { verifyPackItem } from "@/lib/warehouse/verify-pack-item";

export const POST = withRoute({
  route: "POST /api/orders/[id]/verify-item",
  params: orderIdParams,
  body: verifyItemBody,
  handler: ({ params, body, caller }) =>
    verifyPackItem({ orderId: params.id, code: body.code, viewer: caller }),
});
