import { z } from "zod";
import { clientIp } from "@/lib/http/client-ip";
import { withRoute } from "@/lib/http/with-route";
import { lookUpTracking } from "@/lib/tracking/look-up-tracking";

export const GET = withRoute({
  route: "GET /api/track/[awb]",
  params: z.object({
    awb: z
      .string()
      .trim()
      .regex(/^[A-Za-z0-9-]{6,40}$/, "Enter the tracking number from your SMS or email"),
  }),
  handler: ({ params, req }) => lookUpTracking({ awb: params.awb, client: clientIp(req.headers) }),
});
