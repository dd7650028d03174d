import { retryDelivery } from "@/lib/events/list-deliveries";
import { withRoute } from "@/lib/http/with-route";
import { idParams } from "@/lib/validation/event-subscriber";

export const POST = withRoute({
  route: "POST /api/admin/event-deliveries/[id]/retry",
  params: idParams,
  handler: ({ params }) => retryDelivery(params.id),
});
