import { AREAS } from "@/lib/auth/roles";
import { withRoute } from "@/lib/http/with-route";
import { notInStockBody } from "@/lib/validation/picking";
import { markNotInStock } from "@/lib/warehouse/mark-not-in-stock";

export const POST = withRoute({
  access: { roles: AREAS.pick.roles },
  body: notInStockBody,
  handler: ({ body, caller }) =>
    markNotInStock({ code: body.sku, qty: body.qty, reporter: { id: caller.id } }),
});
