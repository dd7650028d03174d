import { NextResponse } from "next/server";
import { createPickupLocation } from "@/lib/dispatch/locations/create-pickup-location";
import { listPickupLocations } from "@/lib/dispatch/locations/get-pickup-location";
import { withRoute } from "@/lib/http/with-route";
import { pickupLocationBody } from "@/lib/validation/pickup-location";

export const GET = withRoute({
  route: "GET /api/admin/pickup-locations",
  handler: () => listPickupLocations(),
});

export const POST = withRoute({
  route: "POST /api/admin/pickup-locations",
  body: pickupLocationBody,
  handler: async ({ body, caller }) =>
    NextResponse.json(await createPickupLocation({ input: body, actorId: caller.id }), {
      status: 201,
    }),
});
