import { NextResponse } from "next/server";
import { createSubscriber, listSubscribers } from "@/lib/events/manage-subscribers";
import { withRoute } from "@/lib/http/with-route";
import { createSubscriberInput } from "@/lib/validation/event-subscriber";

export const GET = withRoute({
  access: { roles: ["ADMIN"] },
  handler: () => listSubscribers(),
});

export const POST = withRoute({
  access: { roles: ["ADMIN"] },
  body: createSubscriberInput,
  handler: async ({ body }) => NextResponse.json(await createSubscriber(body), { status: 201 }),
});
