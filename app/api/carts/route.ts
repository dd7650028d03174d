import { withRoute } from "@/lib/http/with-route";
import { cartBody } from "@/lib/validation/waves";
import { createCart } from "@/lib/waves/create-cart";
import { listCarts } from "@/lib/waves/list-waves";

export const GET = withRoute({ route: "GET /api/carts", handler: () => listCarts() });

export const POST = withRoute({
  route: "POST /api/carts",
  body: cartBody,
  handler: ({ body }) => createCart(body),
});
