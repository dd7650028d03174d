import { z } from "zod";
import { updateCourierAccount } from "@/lib/couriers/accounts/update-courier-account";
import { withRoute } from "@/lib/http/with-route";
import { updateCourierAccountSchema } from "@/lib/validation/courier-account";

export const PATCH = withRoute({
  route: "PATCH /api/admin/courier-accounts/[id]",
  params: z.object({ id: z.string().min(1) }),
  body: updateCourierAccountSchema,
  handler: ({ params, body, caller }) =>
    updateCourierAccount({ accountId: params.id, input: body, actorId: caller.id }),
});
