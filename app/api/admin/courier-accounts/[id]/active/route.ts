import { z } from "zod";
import { setCourierAccountActive } from "@/lib/couriers/accounts/set-courier-account-active";
import { withRoute } from "@/lib/http/with-route";
import { setCourierAccountActiveSchema } from "@/lib/validation/courier-account";

export const PUT = withRoute({
  route: "PUT /api/admin/courier-accounts/[id]/active",
  params: z.object({ id: z.string().min(1) }),
  body: setCourierAccountActiveSchema,
  handler: ({ params, body, caller }) =>
    setCourierAccountActive({ accountId: params.id, active: body.active, actorId: caller.id }),
});
