import { z } from "zod";
import { clientIp } from "@/lib/http/client-ip";
import { withRoute } from "@/lib/http/with-route";
import { requestCustomerReturn } from "@/lib/returns/customer-return";
import { AWB_PATTERN } from "@/lib/validation/track-query";
import { customerReturnInput } from "@/lib/validation/returns";

/** The tracking page's return form (public/track-return.js) sends the customer's request here. */
export const POST = withRoute({
  route: "POST /api/track/[awb]/return",
  params: z.object({
    awb: z.string().trim().regex(AWB_PATTERN, "Enter the tracking number from your SMS or email"),
  }),
  body: customerReturnInput,
  handler: ({ params, body, req }) => {
    const { phone, ...request } = body;
    return requestCustomerReturn({
      awb: params.awb,
      phone,
      request,
      client: clientIp(req.headers),
    });
  },
});
