import { withRoute } from "@/lib/http/with-route";
import { getTemplateEditor } from "@/lib/notify/customer/get-template-editor";
import { saveTemplate } from "@/lib/notify/customer/save-template";
import { notificationTemplateInput } from "@/lib/validation/notification-template";

export const GET = withRoute({
  route: "GET /api/admin/notification-templates",
  handler: () => getTemplateEditor(),
});

export const PUT = withRoute({
  route: "PUT /api/admin/notification-templates",
  body: notificationTemplateInput,
  handler: ({ body, caller }) => saveTemplate(body, caller.id),
});
