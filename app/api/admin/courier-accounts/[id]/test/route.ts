import { z } from "zod";
import { testCourierConnection } from "@/lib/couriers/accounts/test-courier-connection";
import { withRoute } from "@/lib/http/with-route";

/** Test connection: one harmless call to the courier with the saved account. */
export const POST = withRoute({
  route: "POST /api/admin/courier-accounts/[id]/test",
  params: z.object({ id: z.string().min(1) }),
  handler: ({ params }) => testCourierConnection({ accountId: params.id }),
});
