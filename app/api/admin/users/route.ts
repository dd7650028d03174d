import { NextResponse } from "next/server";
import { pageQuery } from "@/lib/http/pagination";
import { withRoute } from "@/lib/http/with-route";
import { createUser } from "@/lib/users/create-user";
import { listUsers } from "@/lib/users/list-users";
import { createUserSchema } from "@/lib/validation/user";

export const GET = withRoute({
  route: "GET /api/admin/users",
  query: pageQuery,
  handler: ({ query }) => listUsers(query),
});

export const POST = withRoute({
  route: "POST /api/admin/users",
  body: createUserSchema,
  handler: async ({ body, caller }) =>
    NextResponse.json(await createUser({ input: body, actorId: caller.id }), { status: 201 }),
});
