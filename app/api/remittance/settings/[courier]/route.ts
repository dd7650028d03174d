import { withRoute } from "@/lib/http/with-route";
import { saveRemittanceRules } from "@/lib/remittance/save-remittance-rules";
import { courierParam, remittanceSettingsBody } from "@/lib/validation/remittance";

export const PUT = withRoute({
  route: "PUT /api/remittance/settings/[courier]",
  params: courierParam,
  body: remittanceSettingsBody,
  handler: ({ params, body }) => saveRemittanceRules({ courier: params.courier, rules: body }),
});
