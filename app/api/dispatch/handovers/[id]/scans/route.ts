import { scanParcel } from "@/lib/dispatch/scan-parcel";
import { withRoute } from "@/lib/http/with-route";
import { handoverParams, scanParcelBody } from "@/lib/validation/dispatch";

export const POST = withRoute({
  route: "POST /api/dispatch/handovers/[id]/scans",
  params: handoverParams,
  body: scanParcelBody,
  handler: ({ params, body, caller }) =>
    scanParcel({ handoverId: params.id, awb: body.awb, user: caller }),
});
