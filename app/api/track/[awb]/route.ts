import { z } from "zod";
import { clientIp } from "@/lib/http/client-ip";
import { withRoute } from "@/lib/http/with-route";
import { lookUpTracking } from "@/lib/tracking/look-up-tracking";
import { trackingEtag } from "@/lib/tracking/tracking-etag";
import { AWB_PATTERN } from "@/lib/validation/track-query";

/**
 * The tracking page asks this every few seconds while it is open. With an ETag and no-cache the
 * browser revalidates by itself: an unchanged parcel is a 304 with no body over the customer's
 * slow network, and the page's fetch still sees the cached answer.
 */
export const GET = withRoute({
  route: "GET /api/track/[awb]",
  params: z.object({
    awb: z.string().trim().regex(AWB_PATTERN, "Enter the tracking number from your SMS or email"),
  }),
  handler: async ({ params, req }) => {
    const body = JSON.stringify(
      await lookUpTracking({ awb: params.awb, client: clientIp(req.headers) }),
    );
    const etag = trackingEtag(body);
    const headers = { etag, "cache-control": "private, no-cache" };
    if (req.headers.get("if-none-match") === etag)
      return new Response(null, { status: 304, headers });
    return new Response(body, { headers: { ...headers, "content-type": "application/json" } });
  },
});
