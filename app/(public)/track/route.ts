import type { NextRequest } from "next/server";
import { html, type Html } from "@/lib/html/html";
import { AppError } from "@/lib/errors/app-error";
import { clientIp } from "@/lib/http/client-ip";
import { withRoute } from "@/lib/http/with-route";
import { lookUpOrderTracking, orRefusal } from "@/lib/tracking/look-up-tracking";
import { trackFormsHtml, trackProblemHtml } from "@/lib/tracking/track-page-html";
import { trackPageResponse } from "@/lib/tracking/track-page-response";
import { AWB_PATTERN, trackQuery } from "@/lib/validation/track-query";

const toParcel = (awb: string) =>
  new Response(null, { status: 303, headers: { location: `/track/${encodeURIComponent(awb)}` } });

/**
 * The way in for a customer without a link: a tracking number goes to its page; an order number
 * with its phone is looked up (rate-limited like every look-up) and, once shipped, goes to the
 * parcel's page, so the phone does not stay in the address.
 */
export const GET = withRoute({
  route: "GET /track",
  query: trackQuery,
  handler: async ({ query, req }) => {
    const forms = trackFormsHtml({ awb: query.awb, orderNumber: query.order });
    if (query.awb) {
      if (AWB_PATTERN.test(query.awb)) return toParcel(query.awb);
      return problemPage(
        req,
        "That does not look like a tracking number",
        "A tracking number has 6 to 40 letters and digits. Copy it from your SMS or email.",
        forms,
      );
    }
    if (!query.order || !query.phone)
      return trackPageResponse(
        req,
        html`<h1 class="ask">Where is my parcel?</h1>
          ${forms}`,
      );
    const client = clientIp(req.headers);
    const found = await orRefusal(
      lookUpOrderTracking({ orderNumber: query.order, phone: query.phone, client }),
    );
    if (found instanceof AppError) {
      const limited = found.code === "RATE_LIMITED";
      return problemPage(
        req,
        limited ? "Too many look-ups" : "Order not found",
        found.message,
        forms,
      );
    }
    if (found.awb) return toParcel(found.awb);
    return problemPage(
      req,
      `Order ${found.orderNumber} is being prepared`,
      "It has not been handed to a courier yet. Its tracking number appears here once it ships.",
      forms,
    );
  },
});

function problemPage(req: NextRequest, title: string, text: string, forms: Html) {
  return trackPageResponse(req, html`${trackProblemHtml(title, text)}${forms}`);
}
