import { z } from "zod";
import { withRoute } from "@/lib/http/with-route";
import { updateUser } from "@/lib/users/update-user";
import { updateUserSchema } from "@/lib/validation/user";

export const PATCH = withRoute({
  route: "PATCH /api/admin/users/[id]",
  params: z.object({ id: z.string().min(1) }),
  body: updateUserSchema,
  handler: ({ params, body, caller }) =>
    updateUser({ userId: params.id, input: body, actorId: caller.id }),
});
