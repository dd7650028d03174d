import { withRoute } from "@/lib/http/with-route";
import { sendTestWhatsApp } from "@/lib/notify/whatsapp/send-test-whatsapp";
import { testWhatsAppInput } from "@/lib/validation/whatsapp-settings";

export const POST = withRoute({
  route: "POST /api/admin/whatsapp-settings/test",
  body: testWhatsAppInput,
  handler: ({ body, caller }) => sendTestWhatsApp({ to: body.to, actor: caller }),
});
