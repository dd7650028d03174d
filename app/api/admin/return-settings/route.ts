import { withRoute } from "@/lib/http/with-route";
import { getReturnWindowDays, saveReturnWindowDays } from "@/lib/returns/return-window";
import { returnSettingsInput } from "@/lib/validation/returns";

export const GET = withRoute({
  route: "GET /api/admin/return-settings",
  handler: async () => ({ windowDays: await getReturnWindowDays() }),
});

export const PUT = withRoute({
  route: "PUT /api/admin/return-settings",
  body: returnSettingsInput,
  handler: ({ body, caller }) => saveReturnWindowDays(body.windowDays, caller.id),
});
