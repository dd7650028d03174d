import { withRoute } from "@/lib/http/with-route";
import { sendTestEmail } from "@/lib/notify/send-test-email";
import { testEmailInput } from "@/lib/validation/notification-settings";

export const POST = withRoute({
  route: "POST /api/admin/notification-settings/test-email",
  body: testEmailInput,
  handler: ({ body, caller }) => sendTestEmail({ to: body.to, actor: caller }),
});
