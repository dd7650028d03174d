import { getDispatchSettings, saveDispatchSettings } from "@/lib/dispatch/save-dispatch-settings";
import { withRoute } from "@/lib/http/with-route";
import { dispatchSettingsBody } from "@/lib/validation/dispatch";

export const GET = withRoute({
  route: "GET /api/admin/dispatch-settings",
  handler: () => getDispatchSettings(),
});

export const PUT = withRoute({
  route: "PUT /api/admin/dispatch-settings",
  body: dispatchSettingsBody,
  handler: ({ body, caller }) => saveDispatchSettings({ settings: body, admin: caller }),
});
