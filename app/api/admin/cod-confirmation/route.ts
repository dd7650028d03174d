import {
  getCodConfirmationRule,
  saveCodConfirmationRule,
} from "@/lib/cod-confirmation/cod-confirmation-rule";
import { withRoute } from "@/lib/http/with-route";
import { codConfirmationRuleInput } from "@/lib/validation/cod-confirmation";

export const GET = withRoute({
  route: "GET /api/admin/cod-confirmation",
  handler: () => getCodConfirmationRule(),
});

export const PUT = withRoute({
  route: "PUT /api/admin/cod-confirmation",
  body: codConfirmationRuleInput,
  handler: ({ body, caller }) => saveCodConfirmationRule(body, caller.id),
});
