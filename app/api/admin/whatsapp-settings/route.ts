import { withRoute } from "@/lib/http/with-route";
import {
  getWhatsAppSettings,
  updateWhatsAppSettings,
} from "@/lib/notify/whatsapp/whatsapp-settings";
import { whatsappSettingsInput } from "@/lib/validation/whatsapp-settings";

export const GET = withRoute({
  route: "GET /api/admin/whatsapp-settings",
  handler: async () => ({ settings: await getWhatsAppSettings() }),
});

export const PUT = withRoute({
  route: "PUT /api/admin/whatsapp-settings",
  body: whatsappSettingsInput,
  handler: async ({ body, caller }) => ({
    settings: await updateWhatsAppSettings(body, caller.id),
  }),
});
