import { withRoute } from "@/lib/http/with-route";
import { sendTestSms } from "@/lib/notify/send-test-sms";
import { testSmsInput } from "@/lib/validation/notification-settings";

export const POST = withRoute({
  route: "POST /api/admin/notification-settings/test-sms",
  body: testSmsInput,
  handler: ({ body, caller }) => sendTestSms({ to: body.to, actor: caller }),
});
