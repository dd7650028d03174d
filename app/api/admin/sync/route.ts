import { NextResponse } from "next/server";
import { withRoute } from "@/lib/http/with-route";
import { requestOrderSync } from "@/lib/orders/import/request-order-sync";
import { syncNowInput } from "@/lib/validation/order-source";

export const POST = withRoute({
  route: "POST /api/admin/sync",
  body: syncNowInput,
  handler: async ({ body }) => NextResponse.json(await requestOrderSync(body), { status: 202 }),
});
