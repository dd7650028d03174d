import { z } from "zod";
import { setFeatureFlag } from "@/lib/flags/set-feature-flag";
import { withRoute } from "@/lib/http/with-route";

export const PATCH = withRoute({
  route: "PATCH /api/admin/flags/[key]",
  params: z.object({ key: z.string().regex(/^[a-z0-9_.]+$/, "Not a flag key") }),
  body: z.object({ enabled: z.boolean() }),
  handler: ({ params, body, caller }) =>
    setFeatureFlag({ key: params.key, enabled: body.enabled, actor: caller }),
});
