import { withRoute } from "@/lib/http/with-route";
import { pickBody } from "@/lib/validation/picking";
import { allocatePick } from "@/lib/warehouse/allocate-pick";

export const POST = withRoute({
  route: "POST /api/pick",
  body: pickBody,
  handler: ({ body, caller }) =>
    allocatePick({
      code: body.sku,
      qty: body.qty,
      clientEventId: body.clientEventId,
      picker: { id: caller.id, name: caller.name },
    }),
});
