import { withRoute } from "@/lib/http/with-route";
import { updateCustomerNotificationSettings } from "@/lib/notify/customer/customer-settings";
import { customerNotificationSettingsInput } from "@/lib/validation/notification-template";

export const PUT = withRoute({
  route: "PUT /api/admin/customer-notifications",
  body: customerNotificationSettingsInput,
  handler: ({ body, caller }) => updateCustomerNotificationSettings(body, caller.id),
});
