import { updateSubscriber } from "@/lib/events/manage-subscribers";
import { withRoute } from "@/lib/http/with-route";
import { idParams, updateSubscriberInput } from "@/lib/validation/event-subscriber";

export const PATCH = withRoute({
  route: "PATCH /api/admin/event-subscribers/[id]",
  params: idParams,
  body: updateSubscriberInput,
  handler: ({ params, body }) => updateSubscriber(params.id, body),
});
