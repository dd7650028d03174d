import { withRoute } from "@/lib/http/with-route";
import { submitBuyerFix } from "@/lib/ndr/submit-buyer-fix";
import { fixDeliveryBody, fixDeliveryParams } from "@/lib/validation/fix-delivery";

// The buyer's answer to a failed delivery; the signed token in the path is the only credential.
export const POST = withRoute({
  route: "POST /api/fix-delivery/[token]",
  params: fixDeliveryParams,
  body: fixDeliveryBody,
  handler: ({ params, body }) => submitBuyerFix({ token: params.token, body }),
});
