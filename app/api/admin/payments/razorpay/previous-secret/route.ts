import { withRoute } from "@/lib/http/with-route";
import { endPreviousRazorpaySecret } from "@/lib/payments/end-previous-razorpay-secret";

/** Stops accepting the replaced secret now instead of at the end of its grace period. */
export const DELETE = withRoute({
  route: "DELETE /api/admin/payments/razorpay/previous-secret",
  handler: ({ caller }) => endPreviousRazorpaySecret({ actorId: caller.id }),
});
