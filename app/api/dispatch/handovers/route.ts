import { openHandover } from "@/lib/dispatch/open-handover";
import { withRoute } from "@/lib/http/with-route";
import { openHandoverBody } from "@/lib/validation/dispatch";

export const POST = withRoute({
  route: "POST /api/dispatch/handovers",
  body: openHandoverBody,
  handler: ({ body }) => openHandover(body),
});
