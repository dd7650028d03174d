import { z } from "zod";
import { AppError } from "@/lib/errors/app-error";
import { html } from "@/lib/html/html";
import { clientIp } from "@/lib/http/client-ip";
import { withRoute } from "@/lib/http/with-route";
import { getCustomerReturnForm } from "@/lib/returns/customer-return";
import { returnPageHtml } from "@/lib/returns/return-page-html";
import { orRefusal } from "@/lib/tracking/look-up-tracking";
import { trackProblemHtml } from "@/lib/tracking/track-page-html";
import { trackPageResponse } from "@/lib/tracking/track-page-response";

/** The customer's return form for a delivered parcel, or why no return can be asked for. */
export const GET = withRoute({
  route: "GET /track/[awb]/return",
  params: z.object({ awb: z.string().trim().max(40) }),
  handler: async ({ params, req }) => {
    const form = await orRefusal(getCustomerReturnForm(params.awb, clientIp(req.headers)));
    if (!(form instanceof AppError))
      return trackPageResponse(req, returnPageHtml(params.awb, form), {
        script: "/track-return.js",
      });
    const limited = form.code === "RATE_LIMITED";
    return trackPageResponse(
      req,
      html`${trackProblemHtml(
        limited ? "Too many look-ups from your connection" : "We could not find this parcel",
        limited
          ? "Please try again in a minute."
          : "Check the tracking number in your SMS or email.",
      )}`,
      { status: limited ? 429 : 404 },
    );
  },
});
