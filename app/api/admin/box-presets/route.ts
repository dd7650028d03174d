import { withRoute } from "@/lib/http/with-route";
import { boxPresetInput } from "@/lib/validation/box-preset";
import { listBoxPresets } from "@/lib/warehouse/list-box-presets";
import { saveBoxPreset } from "@/lib/warehouse/save-box-preset";

export const GET = withRoute({
  route: "GET /api/admin/box-presets",
  handler: async () => ({ items: await listBoxPresets({ activeOnly: false }) }),
});

export const POST = withRoute({
  route: "POST /api/admin/box-presets",
  body: boxPresetInput,
  handler: ({ body }) => saveBoxPreset(body),
});
