import { withRoute } from "@/lib/http/with-route";
import { requestNdrAction } from "@/lib/shipping/request-ndr-action";
import { ndrActionBody } from "@/lib/validation/ndr";
import { shipmentIdParams } from "@/lib/validation/shipping";

// Ops' re-attempt or return-to-origin for a shipment whose delivery attempt failed.
export const POST = withRoute({
  route: "POST /api/shipments/[id]/ndr",
  params: shipmentIdParams,
  body: ndrActionBody,
  handler: ({ params, body, caller }) =>
    requestNdrAction({ shipmentId: params.id, action: body, caller }),
});
