import { withRoute } from "@/lib/http/with-route";
import { orderIdParams } from "@/lib/validation/packing";
import { getPackOrder } from "@/lib/warehouse/get-pack-order";

// The packing station's view of one order (the ops order detail lives at /api/orders/[id]).
export const GET = withRoute({
  route: "GET /api/orders/[id]/pack",
  params: orderIdParams,
  handler: ({ params, caller }) => getPackOrder({ orderId: params.id, viewer: caller }),
});
