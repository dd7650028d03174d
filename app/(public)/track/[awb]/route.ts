import { z } from "zod";
import { html } from "@/lib/html/html";
import { clientIp } from "@/lib/http/client-ip";
import { withRoute } from "@/lib/http/with-route";
import { AppError } from "@/lib/errors/app-error";
import { lookUpTracking, orRefusal } from "@/lib/tracking/look-up-tracking";
import { trackingDetailsHtml } from "@/lib/tracking/tracking-details-html";
import { trackingEtag } from "@/lib/tracking/tracking-etag";
import { trackFormsHtml, trackProblemHtml } from "@/lib/tracking/track-page-html";
import { trackPageResponse } from "@/lib/tracking/track-page-response";

/**
 * A parcel's page, whole from the server (status, timeline, items, and once delivered the way
 * to ask for a return): a slow phone reads it as the HTML arrives, and a small script keeps it
 * current. An unknown number or too many look-ups get
 * the form again with the number kept.
 */
export const GET = withRoute({
  route: "GET /track/[awb]",
  params: z.object({ awb: z.string() }),
  handler: async ({ params, req }) => {
    const awb = params.awb.trim();
    const tracking = await orRefusal(lookUpTracking({ awb, client: clientIp(req.headers) }));
    if (!(tracking instanceof AppError))
      return trackPageResponse(
        req,
        html`${trackingDetailsHtml(tracking, trackingEtag(JSON.stringify(tracking)))}${
          tracking.deliveredAt &&
          html`<p class="gap">
            <a class="link" href="/track/${tracking.awb}/return">Return items from this order</a>
          </p>`
        }`,
        { live: true },
      );
    const limited = tracking.code === "RATE_LIMITED";
    const problem = limited
      ? trackProblemHtml("Too many look-ups from your connection", "Please try again in a minute.")
      : trackProblemHtml(
          "We could not find this tracking number",
          `Check the number "${awb}" in your SMS or email. New shipments can take a few minutes to appear.`,
        );
    return trackPageResponse(
      req,
      html`${problem}
        <h2>Try another number</h2>
        ${trackFormsHtml({ awb })}`,
      { status: limited ? 429 : 404 },
    );
  },
});
