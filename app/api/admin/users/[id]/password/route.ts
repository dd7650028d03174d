import { z } from "zod";
import { withRoute } from "@/lib/http/with-route";
import { resetUserPassword } from "@/lib/users/reset-user-password";
import { resetPasswordSchema } from "@/lib/validation/user";

// An admin sets a new password; the user's sessions end and their sign-in delays are cleared.
export const PUT = withRoute({
  route: "PUT /api/admin/users/[id]/password",
  params: z.object({ id: z.string().min(1) }),
  body: resetPasswordSchema,
  handler: ({ params, body, caller }) =>
    resetUserPassword({ userId: params.id, password: body.password, actorId: caller.id }),
});
