import { withRoute } from "@/lib/http/with-route";
import { getStoreProfile, saveStoreProfile } from "@/lib/store/store-profile";
import { storeProfileInput } from "@/lib/validation/store-profile";

export const GET = withRoute({
  route: "GET /api/admin/store-profile",
  handler: () => getStoreProfile(),
});

export const PUT = withRoute({
  route: "PUT /api/admin/store-profile",
  body: storeProfileInput,
  handler: ({ body, caller }) => saveStoreProfile(body, caller.id),
});
