import { withRoute } from "@/lib/http/with-route";
import { deleteNdrRule } from "@/lib/ndr/delete-ndr-rule";
import { updateNdrRule } from "@/lib/ndr/update-ndr-rule";
import { ndrRuleBody, ndrRuleParams } from "@/lib/validation/ndr-rule";

export const PUT = withRoute({
  route: "PUT /api/admin/ndr-rules/[id]",
  params: ndrRuleParams,
  body: ndrRuleBody,
  handler: ({ params, body, caller }) => updateNdrRule(params.id, body, caller.id),
});

export const DELETE = withRoute({
  route: "DELETE /api/admin/ndr-rules/[id]",
  params: ndrRuleParams,
  handler: ({ params, caller }) => deleteNdrRule(params.id, caller.id),
});
