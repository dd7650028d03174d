import { withRoute } from "@/lib/http/with-route";
import { getRazorpayWebhookSettings } from "@/lib/payments/get-razorpay-webhook-settings";
import { setRazorpayWebhookSecret } from "@/lib/payments/set-razorpay-webhook-secret";
import { razorpayWebhookSecretInput } from "@/lib/validation/razorpay-webhook-secret";

export const GET = withRoute({
  route: "GET /api/admin/payments/razorpay",
  handler: ({ req }) => getRazorpayWebhookSettings({ origin: req.nextUrl.origin }),
});

/** Sets or rotates the webhook secret; answers 204, the secret is never sent back. */
export const PUT = withRoute({
  route: "PUT /api/admin/payments/razorpay",
  body: razorpayWebhookSecretInput,
  handler: ({ body, caller }) =>
    setRazorpayWebhookSecret({ secret: body.secret, actorId: caller.id }),
});
