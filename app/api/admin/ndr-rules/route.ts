import { NextResponse } from "next/server";
import { withRoute } from "@/lib/http/with-route";
import { createNdrRule } from "@/lib/ndr/create-ndr-rule";
import { listNdrRules } from "@/lib/ndr/list-ndr-rules";
import { ndrRuleBody } from "@/lib/validation/ndr-rule";

export const GET = withRoute({
  route: "GET /api/admin/ndr-rules",
  handler: () => listNdrRules(),
});

export const POST = withRoute({
  route: "POST /api/admin/ndr-rules",
  body: ndrRuleBody,
  handler: async ({ body, caller }) =>
    NextResponse.json(await createNdrRule(body, caller.id), { status: 201 }),
});
