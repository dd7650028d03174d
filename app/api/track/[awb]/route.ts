import { z } from "zod";
import { withRoute } from "@/lib/http/with-route";
import { getPublicTracking } from "@/lib/tracking/get-public-tracking";

export const GET = withRoute({
  route: "GET /api/track/[awb]",
  params: z.object({
    awb: z
      .string()
      .trim()
      .regex(/^[A-Za-z0-9-]{6,40}$/, "Enter the tracking number from your SMS or email"),
  }),
  handler: ({ params }) => getPublicTracking(params.awb),
});
