import { withRoute } from "@/lib/http/with-route";
import { actorFromCaller } from "@/lib/orders/actor-from-caller";
import { updateOrderAddress } from "@/lib/orders/update-order-address";
import { addressInput, orderIdParams } from "@/lib/validation/order";

export const PATCH = withRoute({
  route: "PATCH /api/orders/[id]/address",
  params: orderIdParams,
  body: addressInput,
  handler: ({ params, body, caller }) =>
    updateOrderAddress({ orderId: params.id, address: body, actor: actorFromCaller(caller) }),
});
