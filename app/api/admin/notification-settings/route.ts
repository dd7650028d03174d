import { withRoute } from "@/lib/http/with-route";
import { getNotificationSettings, updateNotificationSettings } from "@/lib/notify/settings";
import { notificationSettingsInput } from "@/lib/validation/notification-settings";

export const GET = withRoute({
  route: "GET /api/admin/notification-settings",
  handler: () => getNotificationSettings(),
});

export const PUT = withRoute({
  route: "PUT /api/admin/notification-settings",
  body: notificationSettingsInput,
  handler: ({ body, caller }) => updateNotificationSettings(body, caller.id),
});
