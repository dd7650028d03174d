import { NextResponse } from "next/server";
import { createCourierAccount } from "@/lib/couriers/accounts/create-courier-account";
import { listCourierAccounts } from "@/lib/couriers/accounts/list-courier-accounts";
import { withRoute } from "@/lib/http/with-route";
import { createCourierAccountSchema } from "@/lib/validation/courier-account";

export const GET = withRoute({
  route: "GET /api/admin/courier-accounts",
  handler: () => listCourierAccounts(),
});

export const POST = withRoute({
  route: "POST /api/admin/courier-accounts",
  body: createCourierAccountSchema,
  handler: async ({ body, caller }) =>
    NextResponse.json(await createCourierAccount({ input: body, actorId: caller.id }), {
      status: 201,
    }),
});
