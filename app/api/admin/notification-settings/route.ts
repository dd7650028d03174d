import { withRoute } from "@/lib/http/with-route";
import { getNotificationSettings, updateNotificationSettings } from "@/lib/notify/settings";
import { notificationSettingsInput } from "@/lib/validation/notification-settings";

export const GET = withRoute({
  access: { roles: ["ADMIN"] },
  handler: () => getNotificationSettings(),
});

export const PUT = withRoute({
  access: { roles: ["ADMIN"] },
  body: notificationSettingsInput,
  handler: ({ body, caller }) => updateNotificationSettings(body, caller.id),
});
