import { withRoute } from "@/lib/http/with-route";
import { waveParams, waveShortBody } from "@/lib/validation/waves";
import { markNotInStock } from "@/lib/warehouse/mark-not-in-stock";

export const POST = withRoute({
  route: "POST /api/waves/[id]/not-in-stock",
  params: waveParams,
  body: waveShortBody,
  handler: ({ params, body, caller }) =>
    markNotInStock({ code: body.sku, qty: body.qty, reporter: caller, waveId: params.id }),
});
