import { z } from "zod";
import { withRoute } from "@/lib/http/with-route";
import { clearUserSignInDelay } from "@/lib/users/clear-user-sign-in-delay";

// An admin lets a user sign in again now: the account's failed attempts and delays are forgotten.
export const DELETE = withRoute({
  route: "DELETE /api/admin/users/[id]/sign-in-delay",
  params: z.object({ id: z.string().min(1) }),
  handler: ({ params, caller }) => clearUserSignInDelay({ userId: params.id, actorId: caller.id }),
});
