import { withRoute } from "@/lib/http/with-route";
import { boxPresetIdParams, boxPresetInput } from "@/lib/validation/box-preset";
import { saveBoxPreset } from "@/lib/warehouse/save-box-preset";

export const PUT = withRoute({
  route: "PUT /api/admin/box-presets/[id]",
  params: boxPresetIdParams,
  body: boxPresetInput,
  handler: ({ params, body }) => saveBoxPreset({ ...body, id: params.id }),
});
