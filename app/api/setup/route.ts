import { withRoute } from "@/lib/http/with-route";
import { createFirstAdmin } from "@/lib/users/create-first-admin";
import { firstAdminSchema } from "@/lib/validation/user";

// Public: the one-time set-up link is the credential (lib/users/create-first-admin.ts).
export const POST = withRoute({
  route: "POST /api/setup",
  body: firstAdminSchema,
  handler: ({ body }) => createFirstAdmin(body),
});
