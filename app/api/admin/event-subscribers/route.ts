import { NextResponse } from "next/server";
import { createSubscriber, listSubscribers } from "@/lib/events/manage-subscribers";
import { withRoute } from "@/lib/http/with-route";
import { createSubscriberInput } from "@/lib/validation/event-subscriber";

export const GET = withRoute({
  route: "GET /api/admin/event-subscribers",
  handler: () => listSubscribers(),
});

export const POST = withRoute({
  route: "POST /api/admin/event-subscribers",
  body: createSubscriberInput,
  handler: async ({ body }) => NextResponse.json(await createSubscriber(body), { status: 201 }),
});
